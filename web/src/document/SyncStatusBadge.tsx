import { Tag } from 'antd'
import type { ReactNode } from 'react'
import type { SyncStatus } from './SyncStatus'
import { syncStatusText } from './syncStatusText'
import { useDocumentStrings } from './useDocumentStrings'

const colours: Record<SyncStatus['kind'], string> = {
  synced: 'success',
  saved: 'success',
  pending: 'processing',
  connecting: 'default',
  offline: 'warning',
}

/** Props of {@link SyncStatusBadge}. */
export interface SyncStatusBadgeProps {
  status: SyncStatus
}

/** The always-visible sync status (同步状态) of the open document. */
export function SyncStatusBadge({ status }: SyncStatusBadgeProps): ReactNode {
  const t = useDocumentStrings()
  return (
    <Tag
      color={colours[status.kind]}
      data-testid="sync-status"
      data-status={status.kind}
      role="status"
      aria-live="polite"
    >
      {syncStatusText(status, t)}
    </Tag>
  )
}
