/** Fields every scheme item has (评分项). */
export interface ItemBase {
  /** unique in the scheme; answers are keyed by it. */
  readonly id: string
  /** the item as published, or our example text. */
  readonly title: string
  /** how the item is numbered in the explanation ("3(2)"); defaults to its position among un-numbered items. */
  readonly number?: string
  readonly description?: string
  /** the published scoring rule text (评分标准), kept verbatim. */
  readonly rule?: string
  /** true when we wrote this item ourselves: an example, never a published rule. */
  readonly example?: boolean
}
