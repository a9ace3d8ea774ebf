import type { Scheme } from '../scheme/Scheme'
import type { BlockResult } from './BlockResult'
import type { ChecklistSection } from './ChecklistSection'

/**
 * [B2] The module (and optionally group) a checklist block is bound to. A block naming an id the scheme
 * no longer has is reported, never shown as an empty table, so a stale template is noticed.
 */
export function findChecklistSection(
  scheme: Scheme,
  moduleId: string,
  groupId?: string | null,
): BlockResult<ChecklistSection> {
  const module = scheme.modules.find((candidate) => candidate.id === moduleId)
  if (module === undefined) {
    return { ok: false, error: { code: 'BLOCK_MODULE_NOT_FOUND', message: `评分细则中没有模块 ${moduleId}` } }
  }
  if (groupId === undefined || groupId === null || groupId === '')
    return { ok: true, value: { module, groups: module.groups } }
  const group = module.groups.find((candidate) => candidate.id === groupId)
  if (group === undefined) {
    return {
      ok: false,
      error: { code: 'BLOCK_GROUP_NOT_FOUND', message: `模块 ${module.title} 中没有项目 ${groupId}` },
    }
  }
  return { ok: true, value: { module, groups: [group] } }
}
