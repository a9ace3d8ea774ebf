import type * as Y from 'yjs'
import type { CalendarDate } from '../meetings/CalendarDate'
import type { LedgerKind } from '../rectification/LedgerKind'
import { insertLedgerRow } from '../ydoc/insertLedgerRow'
import { readLedgerEntries } from '../ydoc/readLedgerEntries'
import { newLedgerRowFields } from './newLedgerRowFields'

/** [B9] Append a fresh row (see `newLedgerRowFields`) to one ledger of the document, under a new id. */
export function addLedgerRow(
  doc: Y.Doc,
  kind: LedgerKind,
  rowId: string,
  today: CalendarDate,
  fields: Readonly<Record<string, unknown>> = {},
): void {
  insertLedgerRow(doc, kind, rowId, {
    ...newLedgerRowFields(kind, readLedgerEntries(doc, kind), today),
    ...fields,
  })
}
