import type { RoundingMode } from '../decimal/roundMillis'
import type { GradeBand } from './GradeBand'

/** 定级规则 — how a total becomes a grade: rounding first, then the bands. */
export interface Grading {
  /** rounding of the total before banding: e.g. half-up to 0 decimals turns 89.5 into 90. */
  readonly rounding: { readonly mode: RoundingMode; readonly decimals: number }
  readonly bands: readonly GradeBand[]
  /** the band a failing veto puts the unit in; defaults to the lowest band. */
  readonly vetoGrade?: string
}
