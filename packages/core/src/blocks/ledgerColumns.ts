import { problemSourceLabels } from '../rectification/problemSourceLabels'
import type { LedgerKind } from '../rectification/LedgerKind'
import type { RectificationKind } from '../rectification/RectificationKind'
import type { LedgerColumn } from './LedgerColumn'

const rectificationKindLabels: Readonly<Record<RectificationKind, string>> = {
  immediate: '立行立改',
  deadline: '限期整改',
  longTerm: '长期坚持',
}

const column = (
  ledgerKind: LedgerKind,
  field: string,
  label: string,
  type: LedgerColumn['type'],
  choices?: Readonly<Record<string, string>>,
): LedgerColumn =>
  choices === undefined ? { ledgerKind, field, label, type } : { ledgerKind, field, label, type, choices }

/**
 * [B8] The columns of each ledger, per DOMAIN.md, named after the fields core's row readers
 * (`parseTaskRow`, `parseProblemRow`, `parseRectificationRow`) type, so what a block writes is what
 * the server's readers accept.
 */
export const ledgerColumns: Readonly<Record<LedgerKind, readonly LedgerColumn[]>> = {
  tasks: [
    column('tasks', 'title', '任务', 'longText'),
    column('tasks', 'leader', '责任领导', 'text'),
    column('tasks', 'department', '责任部门', 'text'),
    column('tasks', 'owner', '责任人', 'owner'),
    column('tasks', 'deadline', '时限', 'date'),
    column('tasks', 'requirements', '工作要求', 'longText'),
    column('tasks', 'done', '已完成', 'flag'),
  ],
  problems: [
    column('problems', 'source', '问题来源', 'choice', problemSourceLabels),
    column('problems', 'category', '问题类别', 'text'),
    column('problems', 'description', '问题描述', 'longText'),
    column('problems', 'foundOn', '发现日期', 'date'),
  ],
  rectification: [
    column('rectification', 'serial', '序号', 'serial'),
    column('rectification', 'source', '问题来源', 'choice', problemSourceLabels),
    column('rectification', 'category', '问题类别', 'text'),
    column('rectification', 'description', '问题描述', 'longText'),
    column('rectification', 'goal', '整改目标', 'longText'),
    column('rectification', 'measures', '整改措施', 'longText'),
    column('rectification', 'leader', '责任领导', 'text'),
    column('rectification', 'department', '责任部门', 'text'),
    column('rectification', 'owner', '责任人', 'owner'),
    column('rectification', 'deadline', '整改时限', 'date'),
    column('rectification', 'kind', '整改类型', 'choice', rectificationKindLabels),
    column('rectification', 'completion', '完成情况', 'longText'),
    column('rectification', 'acceptanceOpinion', '验收意见', 'longText'),
    column('rectification', 'status', '状态', 'status'),
  ],
}
