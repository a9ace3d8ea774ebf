import type { CohortRule } from './CohortRule'
import type { Grading } from './Grading'
import type { NotApplicablePolicy } from './NotApplicablePolicy'
import type { SchemeModule } from './SchemeModule'
import type { SchemeSource } from './SchemeSource'

/** The format tag every scheme file carries, so a future format can be told apart. */
export const schemeFormat = 'zhibu-scheme/1'

/**
 * 评分细则 — a scoring scheme as data: modules → groups → items, grading and cohort rules.
 * Points are decimals with at most three places; see docs/scheme-format.md.
 */
export interface Scheme {
  readonly format: typeof schemeFormat
  readonly id: string
  readonly version: string
  readonly title: string
  readonly source: SchemeSource
  /** the total the source prints (百分制 = 100); a mismatch with the items is a warning. */
  readonly declaredTotal?: number
  readonly notApplicable: NotApplicablePolicy
  /** 加分封顶 across all bonus items. */
  readonly bonusCap?: number
  readonly modules: readonly SchemeModule[]
  readonly grading: Grading
  readonly cohort?: readonly CohortRule[]
}
