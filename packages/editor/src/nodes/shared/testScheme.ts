import { validateScheme } from '@zhibu/core'
import type { Scheme } from '@zhibu/core'

const raw = {
  format: 'zhibu-scheme/1',
  id: 'test-cert',
  version: '1',
  title: '测试认证',
  source: { kind: 'example', label: 'editor test fixture' },
  notApplicable: 'exclude-rescale',
  modules: [
    {
      id: 'entry',
      title: '准入条件',
      groups: [
        {
          id: 'entry.g',
          title: '准入',
          items: [
            { id: 'redline', kind: 'veto', title: '严重违纪', stage: 'entry', effect: { kind: 'fail' } },
          ],
        },
      ],
    },
    {
      id: 'org',
      title: '基本组织',
      groups: [
        {
          id: 'org.a',
          title: '班子',
          items: [
            {
              id: 'org.1',
              kind: 'deduction',
              title: '班子健全',
              fullPoints: 2,
              rule: '未设书记扣1分; 每缺席一次扣0.5分',
              rules: [
                { id: 'no-secretary', label: '未设书记', mode: 'once', points: 1 },
                { id: 'missed', label: '缺席', mode: 'perOccurrence', points: 0.5 },
                { id: 'general', label: '一般', mode: 'range', min: 0.5, max: 1 },
              ],
            },
            {
              id: 'org.2',
              kind: 'levels',
              title: '活动阵地',
              fullPoints: 4,
              levels: [
                { id: 'good', label: '独立阵地', points: 4 },
                { id: 'shared', label: '共用阵地', points: 2 },
              ],
            },
          ],
        },
        {
          id: 'org.b',
          title: '制度',
          items: [
            {
              id: 'org.3',
              kind: 'checklist',
              title: '制度上墙',
              fullPoints: 2,
              criteria: [
                { id: 'flag', label: '党旗', points: 1 },
                { id: 'rules', label: '制度', points: 1 },
              ],
            },
          ],
        },
      ],
    },
  ],
  grading: {
    rounding: { mode: 'none', decimals: 3 },
    bands: [
      { id: 'fail', label: '不通过', to: { points: 6, inclusive: false }, passing: false },
      { id: 'pass', label: '通过', from: { points: 6, inclusive: true }, passing: true },
    ],
  },
}

const checked = validateScheme(raw)
if (!checked.ok) throw new Error(`test scheme does not validate: ${JSON.stringify(checked.problems)}`)

/** Test support: a small certification scheme (veto entry module, deduction, levels, checklist items). */
export const testScheme: Scheme = checked.value
