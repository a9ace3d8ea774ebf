import type { RuleHit } from './RuleHit'

/**
 * 答题 — one unit's answer to one scheme item, in one column (自查 or 考核).
 * Every field is optional; which ones count depends on the item's kind (see docs/answers-format.md).
 * An item present in a column with no fields is "answered, nothing to report" (for a deduction item: full marks).
 */
export interface ItemAnswer {
  /** 不适用: the item does not apply to this unit; handled by the scheme's `notApplicable` policy. */
  readonly notApplicable?: boolean
  /** deduction, checklist and penalty items: deduction rule id → hit (扣分). */
  readonly deductions?: Readonly<Record<string, RuleHit>>
  /** bonus items: bonus fact id → hit (加分). */
  readonly bonuses?: Readonly<Record<string, RuleHit>>
  /** levels items: the id of the chosen level (档次). */
  readonly level?: string
  /** checklist items: criterion id → ticked (勾选). */
  readonly checked?: Readonly<Record<string, boolean>>
  /** veto items: the vetoing fact is present (一票否决 / 降级 triggered). */
  readonly triggered?: boolean
  /** flag items: the condition is met (e.g. 有创新项目). */
  readonly met?: boolean
  /** free note shown beside the score (说明). */
  readonly note?: string
  /** evidence references, e.g. photo ids (佐证材料). */
  readonly evidence?: readonly string[]
}
