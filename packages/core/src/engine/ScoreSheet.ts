import type { ModuleScore } from './ModuleScore'
import type { VetoHit } from './VetoHit'

/** 评分表 — one column's (or the final) result: totals, grade, vetoes and the item tree. */
export interface ScoreSheet {
  /** the total after bonus, penalty, not-applicable rescaling and the floor at 0; exact to 0.001. */
  readonly total: number
  /** the same total as an exact decimal string ("89.5"). */
  readonly totalText: string
  /** the scheme's full points (满分), before any not-applicable exclusion. */
  readonly full: number
  /** full points of the items that applied (equal to `full` unless items were excluded). */
  readonly applicableFull: number
  /** the total rounded by the scheme's rounding rule, as compared with the bands. */
  readonly gradedTotal: number
  /** bonus points counted, after every cap. */
  readonly bonus: number
  /** direct deductions (penalty items) counted. */
  readonly penalty: number
  /** the grade band, after vetoes and locks. */
  readonly grade: { readonly id: string; readonly label: string }
  /** the band the total alone would reach, before vetoes and locks. */
  readonly bandGrade: { readonly id: string; readonly label: string }
  readonly passed: boolean
  readonly vetoes: readonly VetoHit[]
  /** scored items with no answer (counted as 0). */
  readonly missing: number
  readonly notApplicable: number
  readonly modules: readonly ModuleScore[]
  /** sheet-level explanation lines in Chinese: total, rounding, grade, vetoes. */
  readonly explanation: readonly string[]
}
