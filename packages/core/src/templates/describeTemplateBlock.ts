import { findChecklistSection } from '../blocks/findChecklistSection'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateBlock } from './TemplateBlock'
import type { TemplateDefinition } from './TemplateDefinition'

const ledgerTitles: Readonly<Record<string, string>> = {
  tasks: '任务清单',
  problems: '问题清单',
  rectification: '整改清单',
}

/** [S233] A living block's zh-CN label: a checklist names its module (and group) by title. */
export function describeTemplateBlock(
  block: TemplateBlock,
  template: TemplateDefinition,
  schemes: SchemeLookup,
): string {
  const { schemeId, moduleId, groupId, ledgerKind } = block.attrs
  switch (block.type) {
    case 'checklistBlock': {
      const scheme = typeof schemeId === 'string' ? schemes(schemeId, template) : undefined
      const section =
        scheme === undefined || typeof moduleId !== 'string'
          ? undefined
          : findChecklistSection(scheme, moduleId, typeof groupId === 'string' ? groupId : null)
      if (section === undefined || !section.ok) return `检查表: ${String(moduleId)}`
      const group = typeof groupId === 'string' ? section.value.groups[0] : undefined
      return group === undefined
        ? `检查表: ${section.value.module.title}`
        : `检查表: ${section.value.module.title} › ${group.title}`
    }
    case 'scoreSummary':
      return '评分汇总'
    case 'meetingHeader':
      return '会议基本信息'
    case 'appraisalBlock':
      return '民主评议'
    case 'ledgerBlock':
      return ledgerTitles[String(ledgerKind)] ?? `清单: ${String(ledgerKind)}`
    default:
      return block.type
  }
}
