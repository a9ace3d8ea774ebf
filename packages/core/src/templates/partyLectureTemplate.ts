import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 党课记录: adds 授课人, 题目 (in the meeting header) and 提纲. */
export const partyLectureTemplate: TemplateDefinition = {
  id: 'party-lecture-record',
  version: 1,
  kind: 'minutes',
  title: '党课记录',
  titleEn: 'Party lecture record',
  meetingType: 'partyLecture',
  body: [
    nodes.heading(1, '党课记录'),
    nodes.meetingHeader(),
    nodes.heading(2, '提纲'),
    nodes.bulletList('', ''),
    nodes.heading(2, '主要内容'),
    nodes.paragraph(),
    nodes.heading(2, '学员交流'),
    nodes.paragraph(),
  ],
}
