/** 一次扣分事实 — one occurrence of a deduction or bonus, with its evidence. */
export interface Occurrence {
  /** de-duplication key (e.g. "案件A/组织部"): occurrences with the same key count once when the rule says `dedupe`. */
  readonly key?: string
  /** amount in points, for `range` and `multiplier` rules given per occurrence. */
  readonly amount?: number | string
  /** note (说明). */
  readonly note?: string
  /** evidence references (照片、材料). */
  readonly evidence?: readonly string[]
}
