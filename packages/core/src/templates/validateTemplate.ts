import { findChecklistSection } from '../blocks/findChecklistSection'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateDefinition } from './TemplateDefinition'
import type { TemplateIssue } from './TemplateIssue'
import type { TemplateNode } from './TemplateNode'

const ledgerKinds = new Set(['tasks', 'problems', 'rectification'])

/**
 * [S242] Checks a template before it is published: every checklist block and score summary is bound to the
 * template's scheme, which exists and has the block's module (and group); every ledger names a known ledger kind;
 * the body is not empty. An empty list means it can be published.
 */
export function validateTemplate(template: TemplateDefinition, schemes: SchemeLookup): TemplateIssue[] {
  const issues: TemplateIssue[] = []
  if (template.body.length === 0)
    issues.push({ code: 'TEMPLATE_EMPTY', path: 'body', message: '模板正文为空' })
  const visit = (nodes: readonly TemplateNode[], path: string): void => {
    nodes.forEach((node, index) => {
      const at = `${path}.${index}`
      issues.push(...checkNode(node, at, template, schemes))
      visit(node.content ?? [], `${at}.content`)
    })
  }
  visit(template.body, 'body')
  return issues
}

function checkNode(
  node: TemplateNode,
  path: string,
  template: TemplateDefinition,
  schemes: SchemeLookup,
): TemplateIssue[] {
  const attrs = node.attrs ?? {}
  if (node.type === 'ledgerBlock' && !ledgerKinds.has(String(attrs['ledgerKind']))) {
    return [
      {
        code: 'TEMPLATE_LEDGER_KIND_INVALID',
        path,
        message: `未知的清单类别 ${String(attrs['ledgerKind'])}`,
      },
    ]
  }
  if (node.type !== 'checklistBlock' && node.type !== 'scoreSummary') return []
  const schemeId = attrs['schemeId']
  if (typeof schemeId !== 'string' || schemeId === '')
    return [{ code: 'TEMPLATE_BINDING_INVALID', path, message: '区块没有绑定评分细则' }]
  if (schemeId !== template.schemeId) {
    return [
      {
        code: 'TEMPLATE_SCHEME_MISMATCH',
        path,
        message: `区块绑定的评分细则 ${schemeId} 与模板的 ${String(template.schemeId)} 不一致`,
      },
    ]
  }
  const scheme = schemes(schemeId, template)
  if (scheme === undefined)
    return [{ code: 'TEMPLATE_SCHEME_NOT_FOUND', path, message: `没有评分细则 ${schemeId}` }]
  if (node.type === 'scoreSummary') return []
  const moduleId = attrs['moduleId']
  if (typeof moduleId !== 'string' || moduleId === '')
    return [{ code: 'TEMPLATE_BINDING_INVALID', path, message: '检查表没有绑定模块' }]
  const groupId = attrs['groupId']
  const section = findChecklistSection(scheme, moduleId, typeof groupId === 'string' ? groupId : null)
  if (section.ok) return []
  const code =
    section.error.code === 'BLOCK_GROUP_NOT_FOUND' ? 'TEMPLATE_GROUP_NOT_FOUND' : 'TEMPLATE_MODULE_NOT_FOUND'
  return [{ code, path, message: section.error.message }]
}
