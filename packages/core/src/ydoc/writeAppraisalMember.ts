import type * as Y from 'yjs'
import type { AppraisalMember } from '../appraisal/AppraisalMember'

/** [S207] Add or update a member of the appraisal list at a list position (smaller first). */
export function writeAppraisalMember(doc: Y.Doc, member: AppraisalMember, position: number): void {
  doc.getMap<unknown>('appraisal').set(`member:${member.id}`, {
    name: member.name,
    status: member.status,
    ...(member.excluded === true ? { excluded: true } : {}),
    position,
  })
}
