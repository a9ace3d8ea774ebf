/** 民主测评票 as stored: grade ids (core's `AppraisalGrade`) and notes per member id. */
export interface BallotRecord {
  docId: string
  voterId: string
  grades: Record<string, string>
  notes: Record<string, string>
  castAt: string
}

/** Appraisal ballots, kept out of every shared document. */
export interface BallotRepo {
  /** Inserts or replaces the voter's ballot ([S181]); true when an earlier ballot was replaced. */
  put(ballot: BallotRecord): Promise<boolean>
  find(docId: string, voterId: string): Promise<BallotRecord | undefined>
  /** Every ballot of the document, ordered by voter id (callers must not reveal who cast which). */
  listForDocument(docId: string): Promise<BallotRecord[]>
}
