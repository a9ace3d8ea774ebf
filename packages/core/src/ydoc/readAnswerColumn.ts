import type * as Y from 'yjs'
import type { AnswerColumn } from '../scheme/AnswerColumn'
import type { ItemAnswer } from '../scheme/ItemAnswer'
import { plainValue } from './plainValue'

/**
 * [S201] One answer column as the core answers format: each entry's `toJSON()`. Values are passed
 * through unchecked (a collaborator can write anything), so callers validate with
 * `validateAnswers` or `evaluate`, which report bad entries with codes instead of dropping them.
 */
export function readAnswerColumn(map: Y.Map<unknown>): AnswerColumn {
  const column: Record<string, ItemAnswer> = {}
  for (const [itemId, value] of map.entries()) column[itemId] = plainValue(value) as ItemAnswer
  return column
}
