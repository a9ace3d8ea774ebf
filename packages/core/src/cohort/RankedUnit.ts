/** 排名结果 — one unit's place in the cohort and its grade after the cohort rules. */
export interface RankedUnit {
  readonly unitId: string
  /** competition rank by graded total, highest first: equal totals share a rank (1, 2, 2, 4). */
  readonly rank: number
  readonly gradedTotal: number
  readonly passed: boolean
  /** the grade band from the unit's own form. */
  readonly formGrade: string
  /** the grade after the cohort rules (e.g. 一级 / 二级). */
  readonly grade: string
  /** the cohort rules that changed this unit's grade, in Chinese. */
  readonly explanation: readonly string[]
}
