import type { LedgerKind } from '../rectification/LedgerKind'

/** 台账行 as stored: its id, ledger kind, position and raw fields (validated by the typed readers). */
export interface LedgerRowEntry {
  readonly id: string
  readonly kind: LedgerKind
  readonly position: number
  readonly fields: Readonly<Record<string, unknown>>
}
