import { scorecardFormat } from './ScorecardRules'
import type { ScorecardRules } from './ScorecardRules'

/**
 * [S257] 示例: 年度考核 = 标准化认证 40% + 三会一课落实 30% + 整改按期销号 30%, 60分合格, 通过单位前10%为一级.
 * The 40% share of certification is Tiantai's published rule ("认证结果占年度考核40%"); the other two weights,
 * the pass mark and the use of the Tiantai cohort rule for the annual ranking are our example.
 */
export const exampleScorecardRules: ScorecardRules = {
  format: scorecardFormat,
  id: 'example-annual-scorecard',
  version: '1',
  title: '支部年度考核(示例)',
  source: {
    kind: 'example',
    label: 'Zhibu 示例汇总规则',
    note: '认证占40%取自天台县标准化认证(结果占年度考核40%); 三会一课30%、整改30%、60分合格线和用天台"通过单位前10%为一级"排名为示例, 非公开规则.',
  },
  fullPoints: 100,
  components: [
    {
      id: 'certification',
      title: '标准化认证',
      kind: 'form',
      weight: 400,
      schemeIds: ['tiantai-biaozhunhua-renzheng'],
      requirePass: false,
    },
    { id: 'meetings', title: '三会一课落实', kind: 'meetingCompliance', weight: 300 },
    { id: 'rectification', title: '整改按期销号', kind: 'rectificationClosure', weight: 300 },
  ],
  whenMissing: 'zero',
  passMark: { points: 60, inclusive: true },
  passedGrade: '合格',
  failedGrade: '不合格',
  cohort: [
    {
      kind: 'topShare',
      id: 'top-10-percent-of-passing',
      share: { numerator: 1, denominator: 10 },
      of: 'passing',
      grade: '一级',
      otherwise: '二级',
      count: 'floor',
      ties: 'include',
    },
  ],
}
