import type { CalendarDate } from '../meetings/CalendarDate'
import type { LedgerKind } from '../rectification/LedgerKind'
import type { LedgerRowEntry } from '../ydoc/LedgerRowEntry'

/**
 * [B9] The fields of a fresh ledger row: every choice the typed readers require is filled (a
 * 问题 found today by 自查, a 限期整改 item that is 待整改 and numbered after the last one), so a new
 * row is valid from the start and never disappears from the server's typed view.
 */
export function newLedgerRowFields(
  kind: LedgerKind,
  existing: readonly LedgerRowEntry[],
  today: CalendarDate,
): Record<string, unknown> {
  switch (kind) {
    case 'tasks':
      return { title: '', owner: '', done: false }
    case 'problems':
      return { source: 'selfCheck', category: '', description: '', foundOn: today }
    case 'rectification': {
      const serials = existing
        .map((entry) => entry.fields['serial'])
        .filter((value) => typeof value === 'number')
      return { serial: Math.max(0, ...serials) + 1, source: 'selfCheck', kind: 'deadline', status: 'open' }
    }
  }
}
