import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 整改清单 (整改台账): 对账销号 by the supervisor. */
export const rectificationListTemplate: TemplateDefinition = {
  id: 'rectification-list',
  version: 1,
  kind: 'rectification',
  title: '整改清单',
  titleEn: 'Rectification ledger',
  body: [
    nodes.heading(1, '整改清单'),
    nodes.paragraph(
      nodes.bold('填写说明: '),
      nodes.text('整改类型分立行立改、限期整改、长期坚持; 每月报送进展, 验收合格后由督办人员对账销号。'),
    ),
    nodes.ledgerBlock('rectification'),
  ],
}
