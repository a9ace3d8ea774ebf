import { applyItemAnswerChange, getAnswersMap, readAnswerColumn, writeItemAnswer } from '@zhibu/core'
import type { BlockResult, ItemAnswer, ItemAnswerChange, Scheme } from '@zhibu/core'
import type * as Y from 'yjs'
import { findSchemeItem } from './findSchemeItem'

/**
 * Applies one checklist edit to the content room's `answers` map: the item's current answer is read,
 * changed by core's `applyItemAnswerChange` (which refuses anything the engine could not score) and
 * written back field by field with `writeItemAnswer`, so colleagues editing other rules of the same
 * item merge instead of overwriting each other.
 */
export function writeChecklistAnswer(
  doc: Y.Doc,
  scheme: Scheme,
  itemId: string,
  change: ItemAnswerChange,
): BlockResult<ItemAnswer | null> {
  const item = findSchemeItem(scheme, itemId)
  if (item === undefined) {
    return { ok: false, error: { code: 'BLOCK_UNKNOWN_RULE', message: `评分细则中没有第 ${itemId} 项` } }
  }
  const answers = getAnswersMap(doc)
  const result = applyItemAnswerChange(scheme, item, readAnswerColumn(answers)[itemId], change)
  if (result.ok) writeItemAnswer(answers, itemId, result.value)
  return result
}
