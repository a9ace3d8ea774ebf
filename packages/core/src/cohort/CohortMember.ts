import type { Evaluation } from '../engine/Evaluation'

/** 参评单位 — one unit's evaluation entering a cohort ranking (its final sheet is ranked). */
export interface CohortMember {
  readonly unitId: string
  readonly evaluation: Evaluation
}
