import type { LedgerKind } from '@zhibu/core'

/** Chinese names of the three ledgers. */
export const ledgerTitles: Readonly<Record<LedgerKind, string>> = {
  tasks: '任务清单',
  problems: '问题清单',
  rectification: '整改清单',
}
