import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 支部党员大会会议记录 (art. 11: quarterly; votes pass with more than half of those due). */
export const branchAssemblyMinutesTemplate: TemplateDefinition = {
  id: 'branch-assembly-minutes',
  version: 1,
  kind: 'minutes',
  title: '支部党员大会会议记录',
  titleEn: 'Branch general meeting minutes',
  meetingType: 'branchAssembly',
  body: [
    nodes.heading(1, '支部党员大会会议记录'),
    nodes.meetingHeader(),
    nodes.heading(2, '学习内容'),
    nodes.paragraph(),
    nodes.heading(2, '发言要点(含不同意见)'),
    nodes.paragraph(),
    nodes.heading(2, '决议'),
    nodes.paragraph(),
    nodes.heading(2, '后续任务'),
    nodes.ledgerBlock('tasks'),
    nodes.paragraph(nodes.bold('附件: '), nodes.text('会议通知、签到表、照片。')),
  ],
}
