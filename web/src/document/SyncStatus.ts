/**
 * 同步状态 of a document as the badge shows it:
 * - `offline`: no connection since `since`; `pending` local changes are stored only on this device.
 * - `connecting`: connected or connecting, the first sync with the server not finished yet.
 * - `pending`: connected; `pending` local changes not yet acknowledged as committed by the server.
 * - `saved`: connected; every local change of this session is acknowledged (已保存到服务器).
 * - `synced`: connected and synced, and this session changed nothing (已同步).
 */
export type SyncStatus =
  | { kind: 'offline'; since: Date; pending: number }
  | { kind: 'connecting'; pending: number }
  | { kind: 'pending'; pending: number }
  | { kind: 'saved' }
  | { kind: 'synced' }
