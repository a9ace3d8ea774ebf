import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { RoomContext } from './RoomContext'
import type { FanoutMessage } from './RoomFanout'
import type { SyncConnection } from './SyncConnection'
import { isEmptyUpdate } from './isEmptyUpdate'
import { messageTypes } from './messageTypes'

interface PendingWrite {
  update: Uint8Array
  origin: SyncConnection | undefined
  resolve: () => void
  reject: (error: unknown) => void
  /** Already in the room doc (Yjs's own formatting cleanup): commit it, then broadcast it instead of applying it. */
  applied?: boolean
}

function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, messageTypes.sync)
  syncProtocol.writeUpdate(encoder, update)
  return encoding.toUint8Array(encoder)
}

/** Origin of changes that arrived from another node through the fan-out (already durable, not re-published). */
export const remoteOrigin = Symbol('remote')
/** Origin of changes the server itself makes (review room writes through the API). */
export const serverOrigin = Symbol('server')

const maxBatch = 500

/**
 * One loaded document room. Writes go through a per-room queue: append to the store, commit, and only then
 * apply to the in-memory doc (whose update event broadcasts) and acknowledge. The doc never holds an
 * uncommitted change, so whatever any client has seen is durable.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true })
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly connections = new Set<SyncConnection>()
  /** Which connection introduced each awareness client id. */
  readonly awarenessOwners = new Map<number, SyncConnection>()
  /** Joins between authentication and socket attach; the room is not unloaded while any are pending. */
  holds = 0
  unloadTimer: NodeJS.Timeout | undefined
  closing = false
  /** Highest room seq such that every update up to it has been applied here. */
  private appliedSeq = 0
  private readonly queue: PendingWrite[] = []
  /** Tail of the room's serial task chain: commits and fan-out catch-ups run one at a time, in order. */
  private tail: Promise<void> = Promise.resolve()
  private drainScheduled = false
  private compacting = false
  private unsubscribeFanout: () => void = () => undefined

  constructor(
    readonly name: string,
    private readonly context: RoomContext,
  ) {
    this.awareness.setLocalState(null)
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === null) {
        // Nothing of ours transacts without an origin; Yjs does, after applying a remote change to formatted text:
        // it deletes formatting marks it finds redundant, in a transaction of its own. That deletion is an edit like
        // any other (once concurrent edits meet it, it can change how text renders), so it is committed before
        // anyone sees it, or the store would lack what every client was shown. The convergence fuzz found it.
        this.enqueue({
          update,
          origin: undefined,
          resolve: () => undefined,
          reject: () => undefined,
          applied: true,
        })
        return
      }
      this.broadcast(updateMessage(update))
    })
    this.awareness.on(
      'update',
      (
        { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
        origin: unknown,
      ) => {
        const changed = [...added, ...updated, ...removed]
        if (changed.length === 0) return
        const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, messageTypes.awareness)
        encoding.writeVarUint8Array(encoder, update)
        this.broadcast(encoding.toUint8Array(encoder))
        if (origin !== remoteOrigin) {
          this.context.fanout.publish({
            kind: 'awareness',
            room: this.name,
            update,
            origin: this.context.fanout.nodeId,
          })
        }
      },
    )
  }

  /**
   * Joins the fan-out, then loads the stored state (snapshot + remaining updates, merged, applied once). In that
   * order: an update another node commits while this one reads is either in the read or heard afterwards. Messages
   * heard meanwhile wait behind the load in the room's serial chain.
   */
  async load(): Promise<void> {
    const { fanout, store } = this.context
    this.unsubscribeFanout = fanout.subscribe(this.name, (message) => this.onFanout(message))
    try {
      await this.serially(async () => {
        await fanout.subscribed(this.name)
        const stored = await store.docs.loadDocument(this.name)
        if (stored !== undefined) {
          Y.applyUpdate(this.doc, stored.update, serverOrigin)
          this.appliedSeq = Math.max(this.appliedSeq, stored.seq)
        }
      })
    } catch (error) {
      this.unsubscribeFanout()
      throw error
    }
  }

  /** Queues an update for commit; resolves once it is durable and applied. */
  submit(update: Uint8Array, origin: SyncConnection | undefined): Promise<void> {
    return new Promise<void>((resolve, reject) => this.enqueue({ update, origin, resolve, reject }))
  }

  private enqueue(write: PendingWrite): void {
    this.queue.push(write)
    write.origin?.updateQueued()
    if (!this.drainScheduled) {
      this.drainScheduled = true
      this.runSerial(() => {
        this.drainScheduled = false
        return this.drain()
      })
    }
  }

  /** Waits until everything queued so far is committed. */
  async flush(): Promise<void> {
    let seen: Promise<void>
    do {
      seen = this.tail
      await seen
    } while (seen !== this.tail)
  }

  /** Runs a task after every queued write has committed, before later ones; resolves with its result. */
  serially<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.runSerial(() => task().then(resolve, reject))
    })
  }

  private runSerial(task: () => Promise<void>): void {
    this.tail = this.tail
      .then(task)
      .catch((error: unknown) =>
        this.context.logger.error({ room: this.name, err: error }, 'room task failed'),
      )
  }

  broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message)
  }

  /** Compacts in the background when enough updates wait; a failure is logged and retried next time. */
  maybeCompact(force = false): Promise<void> {
    if (this.compacting) return Promise.resolve()
    this.compacting = true
    return (async () => {
      try {
        const pending = await this.context.store.docs.pendingUpdateCount(this.name)
        if (pending > 0 && (force || pending >= this.context.compactAfterUpdates)) {
          const folded = await this.context.store.docs.compact(this.name)
          this.context.logger.debug({ room: this.name, folded }, 'room compacted')
        }
      } catch (error) {
        this.context.logger.error({ room: this.name, err: error }, 'compaction failed')
      } finally {
        this.compacting = false
      }
    })()
  }

  /** Flushes, compacts and frees the room. */
  async unload(): Promise<void> {
    this.closing = true
    await this.flush()
    await this.maybeCompact(true)
    this.unsubscribeFanout()
    this.awareness.destroy()
    this.doc.destroy()
  }

  /**
   * Commits a server-made update from inside a {@link serially} task, so the check that produced it and its
   * commit are atomic with respect to every other write of the room.
   */
  commitWithinTask(update: Uint8Array): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      void this.commitBatch([{ update, origin: undefined, resolve, reject }])
    })
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) await this.commitBatch(this.queue.splice(0, maxBatch))
  }

  private async commitBatch(batch: readonly PendingWrite[]): Promise<void> {
    const durable = batch.filter((write) => !isEmptyUpdate(write.update))
    let headSeq = this.appliedSeq
    try {
      if (durable.length > 0) {
        headSeq = await this.context.store.docs.appendUpdates(
          this.name,
          durable.map((write) => write.update),
        )
      }
    } catch (error) {
      // Not committed, so not applied or broadcast: the writers reconnect and resend in their sync step 2.
      this.context.logger.error({ room: this.name, err: error }, 'append failed')
      for (const write of batch) {
        write.origin?.updateSettled()
        write.origin?.close(1011, 'store unavailable')
        write.reject(error)
      }
      return
    }
    const firstSeq = headSeq - durable.length + 1
    if (durable.length > 0 && firstSeq !== this.appliedSeq + 1) await this.catchUp(firstSeq - 1)
    durable.forEach((write, index) => {
      if (write.applied === true) this.broadcast(updateMessage(write.update))
      else this.applyCommitted(write.update, write.origin)
      this.context.fanout.publish({
        kind: 'update',
        room: this.name,
        seq: firstSeq + index,
        update: write.update,
        origin: this.context.fanout.nodeId,
      })
    })
    if (durable.length > 0) this.appliedSeq = Math.max(this.appliedSeq, headSeq)
    this.acknowledge(batch)
    if (durable.length > 0) {
      this.context.onCommitted(this.name)
      if (headSeq % 50 === 0) void this.maybeCompact()
    }
  }

  private applyCommitted(update: Uint8Array, origin: SyncConnection | undefined): void {
    try {
      Y.applyUpdate(this.doc, update, origin ?? serverOrigin)
    } catch (error) {
      this.context.logger.error({ room: this.name, err: error }, 'committed update failed to apply')
    }
  }

  private acknowledge(batch: readonly PendingWrite[]): void {
    let ack: Uint8Array | undefined
    for (const write of batch) {
      write.origin?.updateSettled()
      if (write.origin?.identity.wantsAck === true) {
        if (ack === undefined) {
          const encoder = encoding.createEncoder()
          encoding.writeVarUint(encoder, messageTypes.ack)
          encoding.writeVarUint8Array(encoder, Y.encodeStateVector(this.doc))
          ack = encoding.toUint8Array(encoder)
        }
        write.origin.send(ack)
      }
      write.resolve()
    }
  }

  /** Applies every committed update after our applied seq up to `upTo` from the store (missed fan-out messages). */
  private async catchUp(upTo: number): Promise<void> {
    const missed = await this.context.store.docs.updatesSince(this.name, this.appliedSeq)
    for (const entry of missed) {
      if (entry.seq > upTo) break
      Y.applyUpdate(this.doc, entry.update, remoteOrigin)
    }
    this.appliedSeq = Math.max(this.appliedSeq, upTo)
  }

  private onFanout(message: FanoutMessage): void {
    if (message.origin === this.context.fanout.nodeId || this.closing) return
    if (message.kind === 'awareness') {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, remoteOrigin)
      return
    }
    // Serialised with local writes so the seq bookkeeping stays consistent.
    this.runSerial(async () => {
      if (message.seq <= this.appliedSeq) return
      if (message.kind === 'update' && message.seq === this.appliedSeq + 1) {
        Y.applyUpdate(this.doc, message.update, remoteOrigin)
        this.appliedSeq = message.seq
        return
      }
      await this.catchUp(message.seq)
    })
  }
}
