import { findChecklistSection } from '../blocks/findChecklistSection'
import type { ReachableItem } from './ReachableItem'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateDefinition } from './TemplateDefinition'
import { templateBlocks } from './templateBlocks'

/**
 * [S232] The scheme items a template's checklist blocks reach, by item id, in block order then scheme
 * order. A block whose scheme, module or group does not exist reaches nothing (validation reports it).
 */
export function reachableItems(
  template: TemplateDefinition,
  schemes: SchemeLookup,
): ReadonlyMap<string, ReachableItem> {
  const reached = new Map<string, ReachableItem>()
  for (const block of templateBlocks(template.body)) {
    if (block.type !== 'checklistBlock') continue
    const { schemeId, moduleId, groupId } = block.attrs
    if (typeof schemeId !== 'string' || typeof moduleId !== 'string') continue
    const scheme = schemes(schemeId, template)
    if (scheme === undefined) continue
    const section = findChecklistSection(scheme, moduleId, typeof groupId === 'string' ? groupId : null)
    if (!section.ok) continue
    for (const group of section.value.groups) {
      for (const item of group.items) {
        if (reached.has(item.id)) continue
        reached.set(item.id, {
          item,
          schemeId,
          moduleId: section.value.module.id,
          moduleTitle: section.value.module.title,
          groupId: group.id,
          groupTitle: group.title,
        })
      }
    }
  }
  return reached
}
