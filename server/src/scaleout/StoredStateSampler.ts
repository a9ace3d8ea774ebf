import * as Y from 'yjs'
import type { Store } from '../storage/Store'
import { createPostgresStore } from '../storage/createPostgresStore'

/** True when applying `earlier` to the state `later` adds nothing: no insert and no deletion `later` lacks. */
function dominates(later: Uint8Array, earlier: Uint8Array): boolean {
  const doc = new Y.Doc({ gc: false })
  Y.applyUpdate(doc, later)
  const before = Y.encodeSnapshot(Y.snapshot(doc))
  Y.applyUpdate(doc, earlier)
  const after = Y.encodeSnapshot(Y.snapshot(doc))
  doc.destroy()
  return Buffer.compare(before, after) === 0
}

/**
 * Reads a room's saved state from the shared Postgres over and over, through its own connection, and checks that
 * every sample contains the previous one (state vector and deletions): saved state never goes backwards, whatever
 * the nodes are going through (kills, restarts, compaction, Redis loss).
 */
export class StoredStateSampler {
  samples = 0
  private violation: string | undefined
  private stopped = false
  private readonly running: Promise<void>

  private constructor(
    private readonly store: Store,
    private readonly room: string,
    private readonly intervalMs: number,
  ) {
    this.running = this.loop()
  }

  static async start(databaseUrl: string, room: string, intervalMs = 100): Promise<StoredStateSampler> {
    return new StoredStateSampler(await createPostgresStore(databaseUrl, 1), room, intervalMs)
  }

  /** Stops sampling; throws if a sample ever lost something an earlier one had. Returns how many were taken. */
  async stop(): Promise<number> {
    this.stopped = true
    await this.running
    await this.store.close()
    if (this.violation !== undefined) throw new Error(this.violation)
    return this.samples
  }

  private async loop(): Promise<void> {
    let previous: { update: Uint8Array; seq: number } | undefined
    while (!this.stopped && this.violation === undefined) {
      const current = await this.store.docs.loadDocument(this.room)
      if (current !== undefined) {
        if (previous !== undefined && current.seq < previous.seq)
          this.violation = `stored seq went back from ${previous.seq} to ${current.seq}`
        else if (previous !== undefined && !dominates(current.update, previous.update))
          this.violation = `stored state at seq ${current.seq} lacks something saved at seq ${previous.seq}`
        previous = current
        this.samples++
      }
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs))
    }
  }
}
