import type { GradeBound } from './GradeBound'

/**
 * 等次 — a grade for totals between `from` and `to` (absent = unbounded).
 * `requires` lists flag item ids that must all be met; otherwise the unit falls to the band below.
 */
export interface GradeBand {
  readonly id: string
  readonly label: string
  readonly from?: GradeBound
  readonly to?: GradeBound
  /** whether this grade passes (认证通过, 达标). */
  readonly passing: boolean
  readonly requires?: readonly string[]
}
