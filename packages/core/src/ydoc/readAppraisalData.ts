import type * as Y from 'yjs'
import type { AppraisalMember } from '../appraisal/AppraisalMember'
import type { AppraisalGrade } from '../appraisal/AppraisalGrade'
import { isAppraisalGrade } from '../appraisal/isAppraisalGrade'
import type { AppraisalData } from './AppraisalData'
import type { YDocIssue } from './YDocIssue'

/**
 * [S207] Read the `appraisal` map. Layout: flat keys in the root map, `member:<id>` → `{ name,
 * status, excluded?, position }`, `decision:<id>` → grade, `self:<id>` → 自评 text. Flat keys mean
 * no nested map is ever created concurrently, so no client's member or decision can be lost.
 */
export function readAppraisalData(doc: Y.Doc): {
  readonly data: AppraisalData
  readonly issues: readonly YDocIssue[]
} {
  const issues: YDocIssue[] = []
  const members: (AppraisalMember & { position: number })[] = []
  const decisions: Record<string, AppraisalGrade> = {}
  const selfAssessments: Record<string, string> = {}
  for (const [key, value] of doc.getMap<unknown>('appraisal').entries()) {
    const separator = key.indexOf(':')
    const prefix = key.slice(0, separator)
    const id = key.slice(separator + 1)
    const path = `appraisal.${key}`
    if (prefix === 'member') {
      const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
      const { name, status, excluded, position } = fields
      if (
        typeof name !== 'string' ||
        (status !== 'full' && status !== 'probationary') ||
        (excluded !== undefined && typeof excluded !== 'boolean')
      ) {
        issues.push({ code: 'YDOC_ROW_INVALID', path, message: '评议对象数据无效' })
        continue
      }
      members.push({
        id,
        name,
        status,
        ...(excluded === true ? { excluded } : {}),
        position: typeof position === 'number' ? position : 0,
      })
    } else if (prefix === 'decision') {
      if (isAppraisalGrade(value)) decisions[id] = value
      else issues.push({ code: 'YDOC_FIELD_INVALID', path, message: '评定等次无效' })
    } else if (prefix === 'self') {
      if (typeof value === 'string') selfAssessments[id] = value
      else issues.push({ code: 'YDOC_FIELD_INVALID', path, message: '自评须为文本' })
    }
  }
  members.sort(
    (left, right) => left.position - right.position || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  )
  return {
    data: {
      members: members.map(({ position: _position, ...member }) => member),
      decisions,
      selfAssessments,
    },
    issues,
  }
}
