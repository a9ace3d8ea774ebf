import type { AppraisalGrade } from '@zhibu/core'

/** 本人测评票: the grades (core's grade keys) and 存在问题 notes one voter gave, and when. */
export interface OwnAppraisalBallot {
  readonly grades: Readonly<Record<string, AppraisalGrade>>
  readonly problems: Readonly<Record<string, string>>
  /** ISO time the server stored it */
  readonly castAt: string
}

/**
 * 测评票服务 — the web app's access to the caller's own ballot. Ballots are secret: the block only ever
 * reads back the caller's own one, and writes nothing into the shared document.
 */
export interface AppraisalBallotService {
  /** the caller's ballot, or null before they voted */
  getOwnBallot: () => Promise<OwnAppraisalBallot | null>
  /** casts (or replaces, [S181]) the caller's ballot; rejects with a readable message */
  castBallot: (ballot: {
    grades: Record<string, AppraisalGrade>
    problems: Record<string, string>
  }) => Promise<OwnAppraisalBallot>
}
