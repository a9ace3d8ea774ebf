import type { AppraisalGrade } from './AppraisalGrade'

/** 民主测评票: one voter's grades. Kept by the server; members never see others' ballots. */
export interface AppraisalBallot {
  readonly voterId: string
  /** Grade per member id; members left out count as blank (未评). */
  readonly grades: Readonly<Record<string, AppraisalGrade>>
  /** 存在问题 column: free text per member id. */
  readonly problems?: Readonly<Record<string, string>>
}
