import type { SchemeItem } from '../scheme/SchemeItem'
import type { AppliedRule } from './AppliedRule'

/** 单项得分 — one item's result, with the Chinese explanation a branch secretary reads. */
export interface ItemScore {
  readonly id: string
  /** the number shown in the explanation ("3", "3(2)"). */
  readonly number: string
  readonly title: string
  readonly kind: SchemeItem['kind']
  /** `missing`: no answer in the column(s) scored; `not-applicable`: answered 不适用. */
  readonly status: 'answered' | 'missing' | 'not-applicable'
  /** which column the answer came from; `none` when missing. */
  readonly source: 'self' | 'inspector' | 'none'
  /** points this item adds to the total: earned for scored items, + bonus, − penalty. */
  readonly earned: number
  /** full points counted for this item (0 when excluded as not applicable). */
  readonly full: number
  readonly deductions: readonly AppliedRule[]
  readonly bonuses: readonly AppliedRule[]
  /** veto items: the fact is present. */
  readonly vetoTriggered: boolean
  /** flag items: the condition is met. */
  readonly flagMet: boolean
  /** e.g. "第1项: 满分2分, 未设书记扣1分, 委员超过规定人数扣0.5分, 得0.5分". */
  readonly explanation: string
}
