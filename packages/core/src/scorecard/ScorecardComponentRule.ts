import type { ScorecardComponentKind } from './ScorecardComponentKind'

/** 考核项: one component of a branch scorecard and its weight ([S250]). */
export interface ScorecardComponentRule {
  readonly id: string
  readonly title: string
  readonly kind: ScorecardComponentKind
  /** 权重 in per-mille: 400 = 40%. The weights of a rule set add up to 1000. */
  readonly weight: number
  /** form components: the schemes whose forms count (the latest such form of the year is used). */
  readonly schemeIds?: readonly string[]
  /** form components: a form that failed (e.g. 一票否决) fails the scorecard whatever the total ([S255]). */
  readonly requirePass?: boolean
}
