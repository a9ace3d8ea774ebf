import { formatClockTime } from './formatClockTime'
import type { SyncStatus } from './SyncStatus'

type Translate = (key: string, vars?: Record<string, string | number>) => string

/** The badge text (同步状态文字) for a status. */
export function syncStatusText(status: SyncStatus, t: Translate): string {
  switch (status.kind) {
    case 'synced':
      return t('sync.synced')
    case 'saved':
      return t('sync.saved')
    case 'pending':
      return t('sync.pending', { count: status.pending })
    case 'connecting':
      return status.pending > 0 ? t('sync.pending', { count: status.pending }) : t('sync.connecting')
    case 'offline': {
      const time = formatClockTime(status.since)
      return status.pending > 0
        ? t('sync.offlinePending', { time, count: status.pending })
        : t('sync.offline', { time })
    }
  }
}
