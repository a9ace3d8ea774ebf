import type { CohortRule } from '../scheme/CohortRule'
import type { GradeBound } from '../scheme/GradeBound'
import type { SchemeSource } from '../scheme/SchemeSource'
import type { ScorecardComponentRule } from './ScorecardComponentRule'

/** The format tag of a roll-up rule set. */
export const scorecardFormat = 'zhibu-scorecard/1'

/**
 * 年度考核汇总规则 — how a branch's forms, meeting compliance and rectification closure roll up into one
 * annual total, and how branches are ranked ([S250]–[S259]; docs/scorecard.md).
 */
export interface ScorecardRules {
  readonly format: typeof scorecardFormat
  readonly id: string
  readonly version: string
  readonly title: string
  readonly source: SchemeSource
  /** 满分 of the scorecard (百分制 = 100), an exact decimal. */
  readonly fullPoints: number
  readonly components: readonly ScorecardComponentRule[]
  /**
   * A component with no input (no form yet, nothing due): `zero` counts it as 0 (缺项按0分计);
   * `rescale` leaves it out and scales the others up to the full points ([S254]).
   */
  readonly whenMissing: 'zero' | 'rescale'
  /** 合格线: the total must reach it (inclusive or not) to pass. */
  readonly passMark: GradeBound
  /** the grade of a passing and a failing branch before the cohort rules. */
  readonly passedGrade: string
  readonly failedGrade: string
  /** the organisation ranking's cohort rules ([S30]–[S34]), e.g. 通过单位前10%为一级. */
  readonly cohort: readonly CohortRule[]
}
