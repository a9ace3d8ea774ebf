import * as Y from 'yjs'
import type { LedgerKind } from '../rectification/LedgerKind'
import { readLedgerEntries } from './readLedgerEntries'

/**
 * [S204] Insert a row after `afterRowId` (null: at the start; undefined: at the end), positioned
 * halfway between its neighbours so nobody else's rows move.
 */
export function insertLedgerRow(
  doc: Y.Doc,
  kind: LedgerKind,
  rowId: string,
  fields: Readonly<Record<string, unknown>>,
  afterRowId?: string | null,
): void {
  const entries = readLedgerEntries(doc, kind)
  let position: number
  if (afterRowId === undefined) {
    position = (entries.at(-1)?.position ?? 0) + 1
  } else {
    const index = afterRowId === null ? -1 : entries.findIndex((entry) => entry.id === afterRowId)
    const previous = index >= 0 ? entries[index]?.position : undefined
    const next = entries[index + 1]?.position
    if (previous === undefined) position = next === undefined ? 1 : next - 1
    else position = next === undefined ? previous + 1 : (previous + next) / 2
  }
  doc.transact(() => {
    const row = new Y.Map<unknown>()
    for (const [key, value] of Object.entries(fields)) if (value !== undefined) row.set(key, value)
    row.set('ledgerKind', kind)
    row.set('position', position)
    doc.getMap<unknown>('ledger').set(rowId, row)
  })
}
