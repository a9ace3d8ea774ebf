import type * as Y from 'yjs'
import type { RectificationTransitionRecord } from '../rectification/RectificationTransitionRecord'

/**
 * [S209] Append an accepted transition to the review room's `transitions` map under
 * `<rowId>#<index>` (index counts that row's earlier records, zero-padded so keys sort in order).
 * Only the server writes the review room, after `checkRectificationTransition` accepted the move,
 * so there is a single writer and indexes never collide.
 */
export function writeRectificationTransition(
  reviewDoc: Y.Doc,
  record: RectificationTransitionRecord,
): string {
  const map = reviewDoc.getMap<unknown>('transitions')
  const prefix = `${record.rowId}#`
  let index = 0
  for (const key of map.keys()) if (key.startsWith(prefix)) index += 1
  const key = `${prefix}${String(index).padStart(6, '0')}`
  map.set(key, { ...record, index })
  return key
}
