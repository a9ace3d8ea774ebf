/**
 * What the sync status tracker keeps on the device between page loads (本地待同步记录), so a reload
 * while offline still knows which changes the server has not acknowledged.
 */
export interface PersistedSyncState {
  /** unacknowledged local changes: [clientId, clock after the change, deletes only (1) or not (0)] */
  pending: Array<[number, number, 0 | 1]>
  /** the server's last known state vector, as `[clientId, clock]` pairs */
  serverState: Array<[number, number]>
}
