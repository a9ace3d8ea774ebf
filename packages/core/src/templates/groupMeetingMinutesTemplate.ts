import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 党小组会会议记录 (art. 13: monthly). */
export const groupMeetingMinutesTemplate: TemplateDefinition = {
  id: 'group-meeting-minutes',
  version: 1,
  kind: 'minutes',
  title: '党小组会会议记录',
  titleEn: 'Party group meeting minutes',
  meetingType: 'groupMeeting',
  body: [
    nodes.heading(1, '党小组会会议记录'),
    nodes.meetingHeader(),
    nodes.heading(2, '学习内容'),
    nodes.paragraph(),
    nodes.heading(2, '发言要点'),
    nodes.paragraph(),
    nodes.heading(2, '后续任务'),
    nodes.ledgerBlock('tasks'),
  ],
}
