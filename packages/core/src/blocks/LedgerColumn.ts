import type { LedgerKind } from '../rectification/LedgerKind'

/**
 * 台账列 — one typed column of a ledger (任务清单, 问题清单, 整改清单) as DOMAIN.md lists them:
 * the row field it edits, its Chinese header and how it is edited. `choice` columns name their options
 * with Chinese labels; `owner` columns also carry a member id (`ownerId`) when picked from the unit.
 */
export interface LedgerColumn {
  readonly field: string
  readonly label: string
  readonly type: 'text' | 'longText' | 'date' | 'owner' | 'choice' | 'flag' | 'serial' | 'status'
  readonly choices?: Readonly<Record<string, string>>
  readonly ledgerKind: LedgerKind
}
