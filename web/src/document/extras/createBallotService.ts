import { appraisalGradeLabels, isAppraisalGrade } from '@zhibu/core'
import type { AppraisalGrade } from '@zhibu/core'
import type { AppraisalBallotService, OwnAppraisalBallot } from '@zhibu/editor'
import type { ApiResult } from '../../api/ApiResult'
import type { BallotGradeLabel, DocumentExtrasApi, OwnBallot } from '../../api/DocumentExtrasApi'

const gradeByLabel = new Map(
  Object.entries(appraisalGradeLabels).map(([grade, label]) => [label, grade as AppraisalGrade]),
)

function toOwnBallot(ballot: OwnBallot): OwnAppraisalBallot {
  const grades: Record<string, AppraisalGrade> = {}
  for (const [memberId, label] of Object.entries(ballot.grades)) {
    // The API speaks the 测评表's labels; a server answering with core's keys is understood too.
    const grade = gradeByLabel.get(label) ?? (isAppraisalGrade(label) ? label : undefined)
    if (grade !== undefined) grades[memberId] = grade
  }
  return { grades, problems: { ...(ballot.notes ?? {}) }, castAt: ballot.castAt }
}

function unwrap<T>(result: ApiResult<T>, offlineMessage: string): T {
  if (result.ok) return result.value
  throw new Error(result.error.status === 0 ? offlineMessage : result.error.message)
}

/** 测评票服务 over the ballot API: the block's grade keys go out as the 测评表's labels. */
export function createBallotService(
  api: DocumentExtrasApi,
  docId: string,
  messages: { offline: string },
): AppraisalBallotService {
  return {
    getOwnBallot: async () => {
      const own = unwrap(await api.ownBallot(docId), messages.offline)
      return own === null ? null : toOwnBallot(own)
    },
    castBallot: async ({ grades, problems }) => {
      const labels = Object.fromEntries(
        Object.entries(grades).map(([memberId, grade]) => [memberId, appraisalGradeLabels[grade]]),
      ) as Record<string, BallotGradeLabel>
      const body =
        Object.keys(problems).length === 0 ? { grades: labels } : { grades: labels, notes: problems }
      const { castAt } = unwrap(await api.castBallot(docId, body), messages.offline)
      return { grades: { ...grades }, problems: { ...problems }, castAt }
    },
  }
}
