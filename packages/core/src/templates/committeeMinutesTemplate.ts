import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 支委会会议记录 (支部工作条例 art. 12: monthly; quorum more than half of the committee). */
export const committeeMinutesTemplate: TemplateDefinition = {
  id: 'committee-minutes',
  version: 1,
  kind: 'minutes',
  title: '支委会会议记录',
  titleEn: 'Branch committee meeting minutes',
  meetingType: 'committee',
  body: [
    nodes.heading(1, '支委会会议记录'),
    nodes.meetingHeader(),
    nodes.heading(2, '议题'),
    nodes.paragraph(),
    nodes.heading(2, '发言要点(含不同意见)'),
    nodes.paragraph(),
    nodes.heading(2, '决议'),
    nodes.paragraph(),
    nodes.heading(2, '后续任务'),
    nodes.ledgerBlock('tasks'),
    nodes.paragraph(nodes.bold('签字: '), nodes.text('主持人、记录人会后签字确认。')),
  ],
}
