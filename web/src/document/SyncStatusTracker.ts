import type * as Y from 'yjs'
import type { PersistedSyncState } from './PersistedSyncState'
import type { SyncStatus } from './SyncStatus'

interface PendingChange {
  client: number
  /** the client's clock after the change; covered once the server's state vector reaches it */
  clock: number
  /** a change that only deletes leaves the clock unchanged, so only an acknowledgement can cover it */
  deletesOnly: boolean
  /** index of the message that carries it on the current connection; null until sent */
  message: number | null
}

/**
 * Works out the honest sync status (同步状态) of one document from what the sync connection tells it.
 *
 * The server acknowledges (message 100) every update and sync step 2 a connection sends, in order,
 * once committed, with its state vector. A local change is saved when either
 * - the acknowledged state vector covers the change's clock (inserts; also works across reloads), or
 * - the acknowledgement of the very message that carried it has arrived (needed for pure deletions,
 *   which do not advance the clock). Messages are counted per connection: our sync step 2 (sent in
 *   reply to the server's step 1) carries everything made while disconnected, and each update sent
 *   while connected carries one change.
 */
export class SyncStatusTracker {
  private pending: PendingChange[] = []
  private serverState = new Map<number, number>()
  private connected = false
  private synced = false
  private offlineSince: Date
  private changedThisSession = false
  private sentMessages = 0
  private acknowledgedMessages = 0
  private readonly listeners = new Set<() => void>()
  private current: SyncStatus

  constructor(
    private readonly doc: Y.Doc,
    /** read-only users' changes never reach the server, so they are not tracked */
    private readonly readOnly: boolean,
    now: Date,
  ) {
    this.offlineSince = now
    this.current = this.compute()
  }

  /** Restores what a previous page load left unacknowledged. */
  restore(state: PersistedSyncState): void {
    for (const [client, clock] of state.serverState) this.raiseServerClock(client, clock)
    for (const [client, clock, deletesOnly] of state.pending) {
      this.pending.push({ client, clock, deletesOnly: deletesOnly === 1, message: null })
    }
    this.settle()
  }

  persisted(): PersistedSyncState {
    return {
      pending: this.pending.map((change) => [change.client, change.clock, change.deletesOnly ? 1 : 0]),
      serverState: [...this.serverState.entries()],
    }
  }

  /**
   * A local transaction changed the document, moving this client's clock from `clockBefore` to
   * `clockAfter`; `sent` tells whether the provider sent it on an open connection.
   */
  recordLocalChange(clockBefore: number, clockAfter: number, sent: boolean): void {
    if (this.readOnly) return
    const clock = clockAfter
    this.changedThisSession = true
    const message = sent && this.connected ? ++this.sentMessages : null
    this.pending.push({ client: this.doc.clientID, clock, deletesOnly: clock === clockBefore, message })
    this.settle()
  }

  connectionOpened(): void {
    this.connected = true
    this.synced = false
    this.sentMessages = 0
    this.acknowledgedMessages = 0
    for (const change of this.pending) change.message = null
    this.settle()
  }

  connectionClosed(now: Date): void {
    if (this.connected) this.offlineSince = now
    this.connected = false
    this.synced = false
    for (const change of this.pending) change.message = null
    this.settle()
  }

  /** The server's sync step 1 arrived with its state vector; our step 2 reply goes out right after. */
  serverStateReceived(stateVector: Map<number, number>): void {
    for (const [client, clock] of stateVector) this.raiseServerClock(client, clock)
    const message = ++this.sentMessages
    for (const change of this.pending) change.message ??= message
    this.settle()
  }

  /** The first sync finished: we hold everything the server had. */
  syncCompleted(): void {
    this.synced = true
    this.settle()
  }

  /** An acknowledgement (message 100) with the server's committed state vector. */
  acknowledged(stateVector: Map<number, number>): void {
    this.acknowledgedMessages++
    for (const [client, clock] of stateVector) this.raiseServerClock(client, clock)
    this.settle()
  }

  status(): SyncStatus {
    return this.current
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private raiseServerClock(client: number, clock: number): void {
    this.serverState.set(client, Math.max(clock, this.serverState.get(client) ?? 0))
  }

  private isCovered(change: PendingChange): boolean {
    if (change.message !== null && change.message <= this.acknowledgedMessages) return true
    return !change.deletesOnly && (this.serverState.get(change.client) ?? 0) >= change.clock
  }

  private settle(): void {
    this.pending = this.pending.filter((change) => !this.isCovered(change))
    const next = this.compute()
    if (JSON.stringify(next) === JSON.stringify(this.current)) return
    this.current = next
    for (const listener of this.listeners) listener()
  }

  private compute(): SyncStatus {
    const pending = this.pending.length
    if (!this.connected) return { kind: 'offline', since: this.offlineSince, pending }
    if (!this.synced) return { kind: 'connecting', pending }
    if (pending > 0) return { kind: 'pending', pending }
    return this.changedThisSession ? { kind: 'saved' } : { kind: 'synced' }
  }
}
