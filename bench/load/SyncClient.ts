import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { ServerHandle } from '../serverTargets'

// Message types of both dialects: y-websocket's sync/awareness/auth, our ack extension, Hocuspocus's sync reply and
// sync status (its acknowledgement).
const messageSync = 0
const messageAwareness = 1
const messageAuth = 2
const messageSyncReply = 4
const messageSyncStatus = 8
const messageAck = 100
const syncStep1 = 0
const syncStep2 = 1
const syncUpdate = 2

/** Options of {@link SyncClient.connect}. */
export interface SyncClientOptions {
  /** A replica: incoming updates are applied to it, its local changes are sent, server step 1 is answered. */
  doc?: Y.Doc
  /** Every incoming document update (step 2 and broadcasts), before it is applied to `doc`. */
  onUpdate?: (update: Uint8Array) => void
  /** Ask ours for acknowledgements (`?ack=1`); called with each acked state vector. */
  onAck?: (stateVector: Uint8Array) => void
  /** Hocuspocus's acknowledgement of each update (sync status). */
  onSyncStatus?: () => void
}

/**
 * One load-generator connection speaking either dialect (the same code drives ours and both peers). A passive
 * client (no `doc`, no callbacks) reads frames and drops them, so hundreds of them cost the generator little.
 */
export class SyncClient {
  messagesSent = 0
  messagesReceived = 0
  private readonly prefix: Uint8Array
  private syncedResolve: (() => void) | undefined
  private readonly closed: Promise<void>

  private constructor(
    private readonly ws: WebSocket,
    private readonly dialect: ServerHandle['dialect'],
    readonly room: string,
    private readonly options: SyncClientOptions,
  ) {
    const encoder = encoding.createEncoder()
    if (dialect === 'hocuspocus') encoding.writeVarString(encoder, room)
    this.prefix = encoding.toUint8Array(encoder)
    this.closed = new Promise((resolve) => ws.once('close', () => resolve()))
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer) => this.receive(data))
    ws.on('error', () => undefined)
    const doc = options.doc
    if (doc !== undefined) {
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== this) this.sendUpdate(update)
      })
    }
  }

  /** Connects and resolves once the server's answer to our sync step 1 has arrived (and was applied). */
  static async connect(
    server: ServerHandle,
    room: string,
    index: number,
    options: SyncClientOptions = {},
  ): Promise<SyncClient> {
    let url = server.socketUrl(room, index)
    if (options.onAck !== undefined) url += '&ack=1'
    const ws = new WebSocket(url, { perMessageDeflate: false })
    // Listen before 'open': the server's first frame can arrive in the same packet as the upgrade answer.
    const client = new SyncClient(ws, server.dialect, room, options)
    const synced = new Promise<void>((resolve, reject) => {
      client.syncedResolve = resolve
      ws.once('close', (code) => reject(new Error(`${server.name}: closed with ${code} before sync`)))
    })
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
      synced.catch(reject)
    })
    if (server.dialect === 'hocuspocus') {
      client.send((encoder) => {
        encoding.writeVarUint(encoder, messageAuth)
        encoding.writeVarUint(encoder, 0)
        encoding.writeVarString(encoder, '')
      })
    }
    const stateVector = options.doc === undefined ? new Uint8Array([0]) : Y.encodeStateVector(options.doc)
    client.send((encoder) => {
      encoding.writeVarUint(encoder, messageSync)
      encoding.writeVarUint(encoder, syncStep1)
      encoding.writeVarUint8Array(encoder, stateVector)
    })
    await synced
    return client
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN
  }

  sendUpdate(update: Uint8Array): void {
    this.send((encoder) => {
      encoding.writeVarUint(encoder, messageSync)
      encoding.writeVarUint(encoder, syncUpdate)
      encoding.writeVarUint8Array(encoder, update)
    })
  }

  sendAwareness(update: Uint8Array): void {
    this.send((encoder) => {
      encoding.writeVarUint(encoder, messageAwareness)
      encoding.writeVarUint8Array(encoder, update)
    })
  }

  async close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return
    this.ws.close()
    const timer = setTimeout(() => this.ws.terminate(), 5_000)
    await this.closed
    clearTimeout(timer)
  }

  private send(write: (encoder: encoding.Encoder) => void): void {
    if (this.ws.readyState !== WebSocket.OPEN) return
    const encoder = encoding.createEncoder()
    encoding.writeUint8Array(encoder, this.prefix)
    write(encoder)
    this.ws.send(encoding.toUint8Array(encoder))
    this.messagesSent += 1
  }

  private receive(data: Buffer): void {
    this.messagesReceived += 1
    const { doc, onUpdate, onAck, onSyncStatus } = this.options
    const passive =
      doc === undefined && onUpdate === undefined && onAck === undefined && onSyncStatus === undefined
    if (passive && this.syncedResolve === undefined) return
    const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    if (this.dialect === 'hocuspocus') decoding.readVarString(decoder)
    const type = decoding.readVarUint(decoder)
    if (type === messageAck) {
      onAck?.(decoding.readVarUint8Array(decoder))
      return
    }
    if (type === messageSyncStatus) {
      onSyncStatus?.()
      return
    }
    if (type !== messageSync && type !== messageSyncReply) return
    const syncType = decoding.readVarUint(decoder)
    const payload = decoding.readVarUint8Array(decoder)
    if (syncType === syncStep1) {
      if (doc === undefined) return
      this.send((encoder) => {
        encoding.writeVarUint(encoder, messageSync)
        encoding.writeVarUint(encoder, syncStep2)
        encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc, payload))
      })
      return
    }
    onUpdate?.(payload)
    if (doc !== undefined) Y.applyUpdate(doc, payload, this)
    if (syncType === syncStep2 && this.syncedResolve !== undefined) {
      this.syncedResolve()
      this.syncedResolve = undefined
    }
  }
}
