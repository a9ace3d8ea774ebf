import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 问题清单. */
export const problemListTemplate: TemplateDefinition = {
  id: 'problem-list',
  version: 1,
  kind: 'problems',
  title: '问题清单',
  titleEn: 'Problem list',
  body: [
    nodes.heading(1, '问题清单'),
    nodes.paragraph(
      nodes.bold('填写说明: '),
      nodes.text('问题来源包括巡察、督查、考核、组织生活会和自查; 每个问题可生成整改事项。'),
    ),
    nodes.ledgerBlock('problems'),
  ],
}
