import * as Y from 'yjs'
import type { LedgerKind } from '../rectification/LedgerKind'
import type { LedgerRowEntry } from './LedgerRowEntry'

/**
 * [S204] The rows of one ledger kind in display order. Layout: `getMap('ledger')` maps row id →
 * Y.Map of fields, with reserved fields `ledgerKind` and `position` (a number; rows sort by
 * position, then id, so concurrent inserts at one spot still give every replica the same order).
 * Rows are keyed by fresh ids, so creating one never races with another client's row.
 */
export function readLedgerEntries(doc: Y.Doc, kind: LedgerKind): LedgerRowEntry[] {
  const entries: LedgerRowEntry[] = []
  for (const [id, value] of doc.getMap<unknown>('ledger').entries()) {
    if (!(value instanceof Y.Map)) continue
    const fields = (value as Y.Map<unknown>).toJSON() as Record<string, unknown>
    if (fields['ledgerKind'] !== kind) continue
    const { ledgerKind: _kind, position, ...rest } = fields
    entries.push({
      id,
      kind,
      position: typeof position === 'number' && Number.isFinite(position) ? position : 0,
      fields: rest,
    })
  }
  return entries.sort(
    (left, right) => left.position - right.position || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  )
}
