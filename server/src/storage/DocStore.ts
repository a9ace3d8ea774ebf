/**
 * Durable Yjs room storage. A room is `<docId>` or `<docId>:review`.
 * Appends are committed before they resolve; that promise is what the sync layer waits on before it
 * broadcasts or acknowledges an update.
 */
export interface DocStore {
  /** Appends updates in one transaction, returns the room's sequence number of the last one. */
  appendUpdates(room: string, updates: readonly Uint8Array[]): Promise<number>
  /** Snapshot and remaining updates merged into one update, or undefined when the room has never been written. */
  loadDocument(room: string): Promise<{ update: Uint8Array; seq: number } | undefined>
  /** Updates committed after `afterSeq`, in order: how a node catches up on what it missed. */
  updatesSince(room: string, afterSeq: number): Promise<Array<{ seq: number; update: Uint8Array }>>
  /**
   * Folds the snapshot and updates with seq ≤ the head seen at the start into a new snapshot.
   * Safe against concurrent appends (they get higher seqs and stay) and concurrent compactions
   * (the loser sees the snapshot moved and gives up): returns how many updates were folded.
   */
  compact(room: string): Promise<number>
  /** Number of updates not yet folded into the snapshot. */
  pendingUpdateCount(room: string): Promise<number>
}
