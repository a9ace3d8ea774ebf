import type { ComponentScore } from './ComponentScore'

/** 支部年度考核汇总: the weighted total of the components, pass and grade before the cohort rules. */
export interface BranchScorecard {
  readonly rulesId: string
  readonly rulesVersion: string
  readonly components: readonly ComponentScore[]
  /** exact to 0.001 (a JSON number) and as an exact decimal string. */
  readonly total: number
  readonly totalText: string
  readonly full: number
  readonly passed: boolean
  /** `passedGrade` or `failedGrade` of the rules; the organisation ranking refines passing grades. */
  readonly grade: string
  readonly explanation: readonly string[]
}
