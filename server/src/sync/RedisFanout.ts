import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { FanoutMessage, RoomFanout } from './RoomFanout'

const kindUpdate = 0
const kindAwareness = 1
const kindHead = 2
const kindCodes = { update: kindUpdate, awareness: kindAwareness, head: kindHead } as const
const noBytes = new Uint8Array(0)

// A compact binary frame (lib0 encoding), so Yjs updates travel as bytes rather than base64 or JSON.
function encodeMessage(message: FanoutMessage): Buffer {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, kindCodes[message.kind])
  encoding.writeVarString(encoder, message.origin)
  encoding.writeVarString(encoder, message.room)
  encoding.writeVarUint(encoder, message.kind === 'awareness' ? 0 : message.seq)
  encoding.writeVarUint8Array(encoder, message.kind === 'head' ? noBytes : message.update)
  return Buffer.from(encoding.toUint8Array(encoder))
}

function decodeMessage(payload: Buffer): FanoutMessage {
  const decoder = decoding.createDecoder(new Uint8Array(payload.buffer, payload.byteOffset, payload.length))
  const kind = decoding.readVarUint(decoder)
  const origin = decoding.readVarString(decoder)
  const room = decoding.readVarString(decoder)
  const seq = decoding.readVarUint(decoder)
  const update = decoding.readVarUint8Array(decoder)
  if (kind === kindUpdate) return { kind: 'update', room, seq, update, origin }
  if (kind === kindAwareness) return { kind: 'awareness', room, update, origin }
  if (kind === kindHead) return { kind: 'head', room, seq, origin }
  throw new Error(`unknown fan-out message kind ${kind}`)
}

/** Settings of {@link RedisFanout}. */
export interface RedisFanoutOptions {
  /** `redis://…` */
  url: string
  /** Channel prefix, so several deployments (or test runs) can share one Redis. Default `zhibu:`. */
  prefix?: string
  /** Called with publish and decode failures; fan-out is best-effort, the store is the truth. */
  onError?: (error: unknown) => void
  /**
   * The committed state and head seq of a room from the shared store. After the subscriber reconnects (Redis
   * restart, network blip) each subscribed room is handed this as an update, so a room that missed messages
   * catches up at once instead of waiting for the next edit to reveal the gap.
   */
  resync?: (room: string) => Promise<{ update: Uint8Array; seq: number } | undefined>
}

const resyncOrigin = 'store-resync'
const subscribeWaitMs = 1_000

/**
 * 跨节点广播: {@link RoomFanout} over Redis pub/sub, one channel per room (`<prefix>room:<room>`), one
 * publisher and one subscriber connection per node. A node only subscribes to rooms it has loaded. Lost
 * messages are never replayed from here; the store is the truth and three things send rooms back to it:
 * - a room that sees a seq gap on the next message reads the missing updates from the store;
 * - when the subscriber reconnects (Redis restart, partition), every subscribed room gets the stored state, read
 *   only after its subscriptions are confirmed again, so nothing falls between the read and the subscription;
 * - when publishing an update failed, the publisher announces the room's head seq (a `head` message) once Redis
 *   answers again, so other nodes read what they missed instead of waiting for the room's next edit.
 */
export class RedisFanout implements RoomFanout {
  readonly nodeId = randomUUID()
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly prefix: string
  private readonly listeners = new Map<string, Set<(message: FanoutMessage) => void>>()
  /** Per subscribed room, the confirmation of its SUBSCRIBE (settled either way). */
  private readonly subscriptions = new Map<string, Promise<void>>()
  private readonly onError: (error: unknown) => void
  private readonly resync: RedisFanoutOptions['resync']
  private connectedBefore = false
  private publisherConnectedBefore = false
  /** Highest seq per room whose publish failed, announced as `head` once the publisher is back. */
  private readonly unannounced = new Map<string, number>()

  constructor(options: RedisFanoutOptions) {
    this.prefix = `${options.prefix ?? 'zhibu:'}room:`
    this.onError = options.onError ?? (() => undefined)
    this.publisher = new Redis(options.url, { maxRetriesPerRequest: 1 })
    this.subscriber = new Redis(options.url, {
      autoResubscribe: true,
      connectionName: `${this.prefix}subscriber:${this.nodeId}`,
    })
    this.resync = options.resync
    this.subscriber.on('ready', () => {
      if (this.connectedBefore) this.resyncAll()
      this.connectedBefore = true
    })
    this.publisher.on('ready', () => {
      if (this.publisherConnectedBefore) this.announceUnpublished()
      this.publisherConnectedBefore = true
    })
    this.publisher.on('error', this.onError)
    this.subscriber.on('error', this.onError)
    this.subscriber.on('messageBuffer', (channel: Buffer, payload: Buffer) =>
      this.deliver(channel.toString(), payload),
    )
  }

  publish(message: FanoutMessage): void {
    this.publisher.publish(this.prefix + message.room, encodeMessage(message)).catch((error: unknown) => {
      if (message.kind !== 'awareness') {
        this.unannounced.set(message.room, Math.max(message.seq, this.unannounced.get(message.room) ?? 0))
        // The publisher may already be back (the failure raced the reconnect): announce on the next tick then.
        if (this.publisher.status === 'ready') setTimeout(() => this.announceUnpublished(), 100).unref()
      }
      this.onError(error)
    })
  }

  subscribe(room: string, listener: (message: FanoutMessage) => void): () => void {
    let set = this.listeners.get(room)
    if (set === undefined) {
      set = new Set()
      this.listeners.set(room, set)
      this.subscriptions.set(
        room,
        this.subscriber.subscribe(this.prefix + room).then(() => undefined, this.onError),
      )
    }
    set.add(listener)
    return () => {
      const current = this.listeners.get(room)
      if (current === undefined) return
      current.delete(listener)
      if (current.size === 0) {
        this.listeners.delete(room)
        this.subscriptions.delete(room)
        this.subscriber.unsubscribe(this.prefix + room).catch(this.onError)
      }
    }
  }

  /**
   * Waits for the room's SUBSCRIBE to be confirmed, at most `subscribeWaitMs`: with Redis down the room loads
   * anyway, and the resync after the subscriber reconnects covers what it missed.
   */
  async subscribed(room: string): Promise<void> {
    const subscription = this.subscriptions.get(room)
    if (subscription === undefined) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      subscription,
      new Promise<void>((resolve) => {
        timer = setTimeout(resolve, subscribeWaitMs)
      }),
    ])
    clearTimeout(timer)
  }

  /**
   * True when both connections answer within a second; readiness reports it. A command on a connection that died
   * unnoticed waits for ioredis's reconnect and retry, so the answer is bounded rather than awaited.
   */
  async ping(): Promise<boolean> {
    if (this.publisher.status !== 'ready' || this.subscriber.status !== 'ready') return false
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), 1_000)
    })
    try {
      return await Promise.race([this.publisher.ping().then(() => true), timeout])
    } catch {
      return false
    } finally {
      clearTimeout(timer)
    }
  }

  async close(): Promise<void> {
    this.listeners.clear()
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }

  private resyncAll(): void {
    const resync = this.resync
    if (resync === undefined) return
    const rooms = [...this.listeners.keys()]
    if (rooms.length === 0) return
    // Confirm the subscriptions first: an update published after this is heard, one committed before is read.
    this.subscriber
      .subscribe(...rooms.map((room) => this.prefix + room))
      .then(() =>
        Promise.all(
          rooms.map(async (room) => {
            const stored = await resync(room)
            if (stored === undefined) return
            const message: FanoutMessage = { kind: 'update', room, ...stored, origin: resyncOrigin }
            for (const listener of this.listeners.get(room) ?? []) listener(message)
          }),
        ),
      )
      .catch((error: unknown) => {
        this.onError(error)
        // Still not subscribed or not read: try again shortly rather than trust the fan-out.
        if (this.subscriber.status === 'ready') setTimeout(() => this.resyncAll(), 500).unref()
      })
  }

  private announceUnpublished(): void {
    const heads = [...this.unannounced]
    this.unannounced.clear()
    for (const [room, seq] of heads) this.publish({ kind: 'head', room, seq, origin: this.nodeId })
  }

  private deliver(channel: string, payload: Buffer): void {
    if (!channel.startsWith(this.prefix)) return
    let message: FanoutMessage
    try {
      message = decodeMessage(payload)
    } catch (error) {
      this.onError(error)
      return
    }
    if (message.origin === this.nodeId) return
    const listeners = this.listeners.get(message.room)
    if (listeners === undefined) return
    for (const listener of listeners) listener(message)
  }
}
