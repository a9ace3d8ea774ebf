/** 扣分/加分明细 — one deduction rule or bonus fact as applied to an item. */
export interface AppliedRule {
  readonly id: string
  readonly label: string
  /** occurrences counted (after de-duplication). */
  readonly count: number
  /** points deducted or added, positive, after this rule's own cap. */
  readonly points: number
}
