import * as Y from 'yjs'

/**
 * [S204] Update some fields of an existing row (undefined removes a field); other fields are left
 * alone so concurrent edits to other cells merge. Returns false when the row does not exist.
 * `ledgerKind` cannot be changed: a row does not move between ledgers.
 */
export function writeLedgerRow(doc: Y.Doc, rowId: string, patch: Readonly<Record<string, unknown>>): boolean {
  const row = doc.getMap<unknown>('ledger').get(rowId)
  if (!(row instanceof Y.Map)) return false
  const fields = row as Y.Map<unknown>
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (key === 'ledgerKind') continue
      if (value === undefined) fields.delete(key)
      else if (JSON.stringify(fields.get(key)) !== JSON.stringify(value)) fields.set(key, value)
    }
  })
  return true
}
