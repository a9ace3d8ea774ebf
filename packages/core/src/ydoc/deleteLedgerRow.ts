import type * as Y from 'yjs'

/** Remove a row from the document's ledger. */
export function deleteLedgerRow(doc: Y.Doc, rowId: string): void {
  doc.getMap<unknown>('ledger').delete(rowId)
}
