import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from 'pino'
import type { WebSocket } from 'ws'
import type { AccessService } from '../access/AccessService'
import type { AccessEvent } from '../auth/AccessEvent'
import type { SessionEvents } from '../auth/SessionEvents'
import type { Store } from '../storage/Store'
import type { ConnectionIdentity } from './ConnectionIdentity'
import { MalformedFrame } from './MalformedFrame'
import { Room } from './Room'
import type { RoomFanout } from './RoomFanout'
import type { SyncLimits } from './SyncLimits'
import { SyncConnection } from './SyncConnection'
import { TokenBucket } from './TokenBucket'
import { closeCodes } from './closeCodes'
import { handleSyncMessage } from './handleSyncMessage'
import { isEmptyUpdate } from './isEmptyUpdate'
import { messageTypes } from './messageTypes'

/** How long a client has at shutdown to answer the close frame before its socket is terminated. */
const shutdownHandshakeMs = 3000

/** Dependencies of {@link RoomManager}. */
export interface RoomManagerOptions {
  store: Store
  access: AccessService
  fanout: RoomFanout
  sessionEvents: SessionEvents
  logger: Logger
  limits: SyncLimits
}

/**
 * Loaded rooms on this node: loading, attaching sockets, server-side writes, idle unloading,
 * and the periodic and event-driven re-check of every socket's session and role.
 */
export class RoomManager {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly unloading = new Map<string, Promise<void>>()
  private readonly userBuckets = new Map<string, { bucket: TokenBucket; sockets: number }>()
  /**
   * `user:<id>` and `token:<hash>` keys refused until this time (ms) after a 4429 (see
   * {@link SyncLimits.rateLimitPenaltyMs}); the token key lets a reconnect loop be refused before any database read.
   */
  private readonly penalties = new Map<string, number>()
  private readonly recheckTimer: NodeJS.Timeout
  private readonly unsubscribeEvents: () => void
  private closed = false
  private readonly lastTouched = new Map<string, number>()

  constructor(private readonly options: RoomManagerOptions) {
    this.recheckTimer = setInterval(() => void this.recheck(() => true), options.limits.accessRecheckMs)
    this.recheckTimer.unref()
    this.unsubscribeEvents = options.sessionEvents.subscribe((event) => this.onAccessEvent(event))
  }

  get loadedRoomNames(): string[] {
    return [...this.rooms.keys()]
  }

  get connectionCount(): number {
    let count = 0
    for (const room of this.rooms.values()) count += room.connections.size
    return count
  }

  /** Whether new sockets of this user (`user:<id>`) or token (`token:<hash>`) are refused with 4429 for now. */
  isRateLimited(key: string): boolean {
    const until = this.penalties.get(key)
    if (until === undefined) return false
    if (until > Date.now()) return true
    this.penalties.delete(key)
    return false
  }

  /** Loads (or finds) a room and holds it open until {@link release}. */
  async acquire(name: string): Promise<Room> {
    for (;;) {
      const pendingUnload = this.unloading.get(name)
      if (pendingUnload !== undefined) {
        await pendingUnload
        continue
      }
      const loaded = this.rooms.get(name)
      if (loaded !== undefined) {
        loaded.holds++
        clearTimeout(loaded.unloadTimer)
        return loaded
      }
      let loading = this.loading.get(name)
      if (loading === undefined) {
        loading = this.load(name)
        this.loading.set(name, loading)
      }
      await loading
    }
  }

  release(room: Room): void {
    room.holds--
    this.scheduleUnload(room)
  }

  /** Attaches an authenticated socket to a held room (the hold passes to the socket). */
  attach(room: Room, ws: WebSocket, identity: ConnectionIdentity): SyncConnection {
    const { limits, logger } = this.options
    const connection = new SyncConnection(ws, identity, new TokenBucket(limits.perConnection), limits)
    const userBucket = this.userBucket(identity.userId)
    room.connections.add(connection)
    room.holds--
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!connection.isOpen) return
      if (!connection.bucket.take() || !userBucket.take()) {
        logger.warn({ room: room.name, userId: identity.userId }, 'sync rate limit exceeded')
        this.penalise(identity)
        connection.close(closeCodes.rateLimited, 'rate limited')
        return
      }
      try {
        if (!isBinary) throw new MalformedFrame('text frame')
        handleSyncMessage(
          room,
          connection,
          new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
          logger,
        )
      } catch (error) {
        logger.warn({ room: room.name, userId: identity.userId, err: error }, 'malformed sync frame')
        connection.close(closeCodes.malformed, 'malformed frame')
      }
    })
    ws.on('error', (error) => {
      logger.debug({ room: room.name, err: error }, 'socket error')
      // A frame ws refuses (over the size limit: 1009) makes it send the close and then keep reading, and
      // discarding, whatever the client still sends, up to the whole oversized frame. Stop reading instead (the close
      // is already sent) and drop the socket if the client has not closed it within 2 s.
      setImmediate(() => ws.pause())
      setTimeout(() => ws.terminate(), 2000).unref()
    })
    ws.on('close', () => this.detach(room, connection))
    this.sendWelcome(room, connection)
    return connection
  }

  /**
   * A server-side change (review room writes through the API). It is computed on a copy of the committed state and
   * goes through the same commit-then-apply pipeline as client updates, so it is durable before anyone sees it.
   * Serialised with the room's other writes; returns what `change` returned. A change that writes nothing commits nothing.
   */
  async writeServerChange<T>(name: string, change: (doc: Y.Doc) => T): Promise<T> {
    const room = await this.acquire(name)
    try {
      return await room.serially(async () => {
        const scratch = new Y.Doc({ gc: true })
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(room.doc))
        const before = Y.encodeStateVector(scratch)
        let result!: T
        scratch.transact(() => {
          result = change(scratch)
        })
        const update = Y.encodeStateAsUpdate(scratch, before)
        scratch.destroy()
        if (!isEmptyUpdate(update)) await room.commitWithinTask(update)
        return result
      })
    } finally {
      this.release(room)
    }
  }

  /** Appends an update to a room through its commit pipeline (initial content of a new document). */
  async writeUpdate(name: string, update: Uint8Array): Promise<void> {
    const room = await this.acquire(name)
    try {
      await room.submit(update, undefined)
    } finally {
      this.release(room)
    }
  }

  /** A read-only copy of a room's current state (loads the room briefly if needed). */
  async readDocument(name: string): Promise<Y.Doc> {
    const room = await this.acquire(name)
    try {
      await room.flush()
      const copy = new Y.Doc()
      Y.applyUpdate(copy, Y.encodeStateAsUpdate(room.doc))
      return copy
    } finally {
      this.release(room)
    }
  }

  /** Stops accepting, flushes every room, closes sockets with 1001 and unloads. */
  async close(): Promise<void> {
    this.closed = true
    clearInterval(this.recheckTimer)
    this.unsubscribeEvents()
    await Promise.all([...this.loading.values()].map((loading) => loading.catch(() => undefined)))
    const rooms = [...this.rooms.values()]
    // Close frames go out first, behind only what is already queued to each client, so a client busy applying a
    // backlog still reads 1001 before its socket is terminated; unload() then commits everything received.
    const handshakes: Array<Promise<void>> = []
    for (const room of rooms) {
      clearTimeout(room.unloadTimer)
      for (const connection of room.connections) {
        connection.close(closeCodes.goingAway, 'server shutting down', shutdownHandshakeMs)
        handshakes.push(connection.whenClosed())
      }
    }
    await Promise.all([
      ...rooms.map(async (room) => {
        try {
          await room.unload()
        } catch (error) {
          this.options.logger.error({ room: room.name, err: error }, 'unload failed')
        }
      }),
      // Exiting before a client has read its close frame would show it 1006 instead of 1001 ("going away, come
      // back"); a busy client gets 3 s to read it, then the socket is terminated, so the exit stays within 10 s.
      ...handshakes,
    ])
    this.rooms.clear()
  }

  /** Re-checks sockets matching `filter`: closes those whose session ended (4401) or whose role changed (4403). */
  async recheck(filter: (connection: SyncConnection) => boolean): Promise<void> {
    const connections = [...this.rooms.values()].flatMap((room) => [...room.connections]).filter(filter)
    const byUser = new Map<string, SyncConnection[]>()
    for (const connection of connections) {
      const list = byUser.get(connection.identity.userId) ?? []
      list.push(connection)
      byUser.set(connection.identity.userId, list)
    }
    const now = new Date().toISOString()
    for (const [userId, list] of byUser) {
      try {
        const user = await this.options.store.users.findById(userId)
        const roles = user === undefined ? undefined : (await this.options.access.rolesFor(user)).roles
        for (const connection of list) {
          const session = await this.options.store.sessions.find(connection.identity.tokenHash)
          if (
            session === undefined ||
            session.revokedAt !== null ||
            session.expiresAt <= now ||
            roles === undefined
          ) {
            connection.close(closeCodes.unauthorized, 'session ended')
            continue
          }
          if (roles.get(connection.identity.unitId) !== connection.identity.role) {
            connection.close(closeCodes.forbidden, 'access changed')
          }
        }
      } catch (error) {
        this.options.logger.error({ userId, err: error }, 'access re-check failed')
      }
    }
  }

  private onAccessEvent(event: AccessEvent): void {
    const filter =
      event.kind === 'session-revoked'
        ? (connection: SyncConnection) => connection.identity.tokenHash === event.tokenHash
        : (connection: SyncConnection) => connection.identity.userId === event.userId
    void this.recheck(filter)
  }

  private async load(name: string): Promise<Room> {
    const { store, fanout, logger, limits } = this.options
    const room = new Room(name, {
      store,
      fanout,
      logger,
      compactAfterUpdates: limits.compactAfterUpdates,
      onCommitted: (roomName) => this.touchDocument(roomName),
    })
    try {
      await room.load()
      this.rooms.set(name, room)
      return room
    } finally {
      this.loading.delete(name)
    }
  }

  /** Keeps documents.updated_at current, at most once per few seconds per room (it is a listing hint, not a log). */
  private touchDocument(roomName: string): void {
    const now = Date.now()
    if (now - (this.lastTouched.get(roomName) ?? 0) < 5_000) return
    this.lastTouched.set(roomName, now)
    if (this.lastTouched.size > 10_000) this.lastTouched.clear()
    const docId = roomName.split(':')[0] ?? roomName
    this.options.store.documents
      .touch(docId, new Date(now).toISOString())
      .catch((error: unknown) => this.options.logger.warn({ room: roomName, err: error }, 'touch failed'))
  }

  private penalise(identity: ConnectionIdentity): void {
    const until = Date.now() + this.options.limits.rateLimitPenaltyMs
    this.penalties.set(`user:${identity.userId}`, until)
    this.penalties.set(`token:${identity.tokenHash}`, until)
    if (this.penalties.size > 10_000) {
      for (const [id, time] of this.penalties) if (time <= Date.now()) this.penalties.delete(id)
    }
  }

  private userBucket(userId: string): TokenBucket {
    let entry = this.userBuckets.get(userId)
    if (entry === undefined) {
      entry = { bucket: new TokenBucket(this.options.limits.perUser), sockets: 0 }
      this.userBuckets.set(userId, entry)
    }
    entry.sockets++
    return entry.bucket
  }

  private detach(room: Room, connection: SyncConnection): void {
    if (!room.connections.delete(connection)) return
    const ids = [...connection.awarenessIds]
    for (const id of ids) room.awarenessOwners.delete(id)
    if (ids.length > 0 && !room.closing) awarenessProtocol.removeAwarenessStates(room.awareness, ids, null)
    const userId = connection.identity.userId
    const entry = this.userBuckets.get(userId)
    if (entry !== undefined && --entry.sockets <= 0) {
      // Kept until it would have refilled anyway: reconnecting must not hand out a fresh burst.
      const { burst, ratePerSecond } = this.options.limits.perUser
      setTimeout(
        () => {
          if (entry.sockets <= 0 && this.userBuckets.get(userId) === entry) this.userBuckets.delete(userId)
        },
        (burst / ratePerSecond) * 1000,
      ).unref()
    }
    this.scheduleUnload(room)
  }

  private scheduleUnload(room: Room): void {
    if (this.closed || room.connections.size > 0 || room.holds > 0 || room.closing) return
    clearTimeout(room.unloadTimer)
    room.unloadTimer = setTimeout(() => {
      if (room.connections.size > 0 || room.holds > 0 || this.rooms.get(room.name) !== room) return
      this.rooms.delete(room.name)
      const unloading = room
        .unload()
        .catch((error: unknown) =>
          this.options.logger.error({ room: room.name, err: error }, 'unload failed'),
        )
        .finally(() => this.unloading.delete(room.name))
      this.unloading.set(room.name, unloading)
    }, this.options.limits.roomIdleMs)
    room.unloadTimer.unref()
  }

  private sendWelcome(room: Room, connection: SyncConnection): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, messageTypes.sync)
    syncProtocol.writeSyncStep1(encoder, room.doc)
    connection.send(encoding.toUint8Array(encoder))
    const states = [...room.awareness.getStates().keys()]
    if (states.length > 0) {
      const awarenessEncoder = encoding.createEncoder()
      encoding.writeVarUint(awarenessEncoder, messageTypes.awareness)
      encoding.writeVarUint8Array(
        awarenessEncoder,
        awarenessProtocol.encodeAwarenessUpdate(room.awareness, states),
      )
      connection.send(encoding.toUint8Array(awarenessEncoder))
    }
  }
}
