/**
 * 扣分规则 — one named way an item loses points.
 * - `once`: `points` once when it applies (扣0.5分);
 * - `perOccurrence`: `points` per occurrence (每次/每人次扣0.1分), at most `cap` in all;
 * - `range`: the inspector gives an amount between `min` and `max` (扣1-3分, 酌情扣分);
 * - `multiplier`: `factor` times a base value given in the answer (按被扣分值的10倍扣分), at most `cap`;
 * - `forfeit`: the item earns nothing (不得分).
 * `dedupe`: occurrences with the same key count once (同一案件同一部门不累计扣分).
 */
export type DeductionRule = {
  readonly id: string
  /** the fact, in the users' words, as it appears in the explanation ("未设书记"). */
  readonly label: string
  readonly dedupe?: boolean
} & (
  | { readonly mode: 'once'; readonly points: number }
  | { readonly mode: 'perOccurrence'; readonly points: number; readonly cap?: number }
  | { readonly mode: 'range'; readonly min: number; readonly max: number }
  | { readonly mode: 'multiplier'; readonly factor: number; readonly cap?: number }
  | { readonly mode: 'forfeit' }
)
