import { describe, expect, it } from 'vitest'
import type { TemplateDiffChange } from '../../api/DocumentExtrasApi'
import { documentStrings } from '../documentStrings'
import { describeTemplateChange } from './describeTemplateChange'
import { groupTemplateChanges } from './groupTemplateChanges'

const zh = (key: string, vars?: Record<string, string | number>): string =>
  (documentStrings['zh-CN'][key] ?? key).replace(/\{(\w+)\}/g, (_whole, name: string) => String(vars?.[name]))

const changes: TemplateDiffChange[] = [
  { kind: 'textChanged', subject: 'item', id: 'z.1', title: 'z.1', field: 'points', from: '2', to: '3' },
  { kind: 'added', subject: 'item', id: 'z.9', title: '建立党员积分台账', to: '建立党员积分台账' },
  { kind: 'repointed', subject: 'item', id: 'z.2', title: 'z.2', from: '基本组织', to: '基本制度' },
  { kind: 'removed', subject: 'item', id: 'z.3', title: '旧条目', from: '旧条目' },
  { kind: 'added', subject: 'text', id: 'paragraph', title: '新说明', to: '新说明' },
]

describe('template diff for the dialog', () => {
  it('groups changes as 新增, 删除, 调整归属, 文字修改 and leaves out empty groups', () => {
    const groups = groupTemplateChanges(changes)
    expect(groups.map((group) => [group.kind, group.changes.length])).toEqual([
      ['added', 2],
      ['removed', 1],
      ['repointed', 1],
      ['textChanged', 1],
    ])
    expect(groupTemplateChanges(changes.filter((change) => change.kind === 'added'))).toHaveLength(1)
  })

  it('describes each change in readable zh-CN, saying removed answers are archived', () => {
    expect(changes.map((change) => describeTemplateChange(change, zh))).toEqual([
      '评分项「z.1」分值：2 → 3',
      '评分项「建立党员积分台账」',
      '评分项「z.2」：基本组织 → 基本制度',
      '评分项「旧条目」（已填答案归档保留）',
      '正文「新说明」',
    ])
  })
})
