import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 任务清单 / 责任清单. */
export const taskListTemplate: TemplateDefinition = {
  id: 'task-list',
  version: 1,
  kind: 'tasks',
  title: '任务清单',
  titleEn: 'Task list',
  body: [
    nodes.heading(1, '任务清单'),
    nodes.paragraph(nodes.bold('填写说明: '), nodes.text('每项任务明确责任领导、责任部门、责任人和时限。')),
    nodes.ledgerBlock('tasks'),
  ],
}
