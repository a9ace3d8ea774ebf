import type { ItemScore } from './ItemScore'

/** An item's score plus the exact thousandths the sheet adds up (internal to the engine). */
export interface ScoredItem {
  readonly score: ItemScore
  /** earned points of a scored item, bonus of a bonus item, deduction of a penalty item; thousandths. */
  readonly earnedMillis: number
  readonly fullMillis: number
  /** the item's full points before a not-applicable exclusion; thousandths. */
  readonly schemeFullMillis: number
}
