import type * as Y from 'yjs'

/** [S207] Store a member's 个人自评 text. */
export function writeSelfAssessment(doc: Y.Doc, memberId: string, text: string): void {
  doc.getMap<unknown>('appraisal').set(`self:${memberId}`, text)
}
