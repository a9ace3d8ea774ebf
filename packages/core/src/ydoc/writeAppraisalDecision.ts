import type * as Y from 'yjs'
import type { AppraisalGrade } from '../appraisal/AppraisalGrade'

/** [S207] Record (or with null, withdraw) the committee's grade for a member. */
export function writeAppraisalDecision(doc: Y.Doc, memberId: string, grade: AppraisalGrade | null): void {
  const map = doc.getMap<unknown>('appraisal')
  if (grade === null) map.delete(`decision:${memberId}`)
  else map.set(`decision:${memberId}`, grade)
}
