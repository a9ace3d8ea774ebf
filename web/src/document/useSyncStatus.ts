import { useSyncExternalStore } from 'react'
import type { SyncStatus } from './SyncStatus'
import type { SyncStatusTracker } from './SyncStatusTracker'

/** The tracker's current status, re-rendering on every change. */
export function useSyncStatus(tracker: SyncStatusTracker): SyncStatus {
  return useSyncExternalStore(
    (listener) => tracker.subscribe(listener),
    () => tracker.status(),
  )
}
