import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Logger } from 'pino'
import { WebSocketServer, type WebSocket } from 'ws'
import type { AccessService } from '../access/AccessService'
import { authenticateToken } from '../auth/authenticateToken'
import { hashToken } from '../auth/hashToken'
import type { Store } from '../storage/Store'
import type { RoomManager } from './RoomManager'
import { closeCodes } from './closeCodes'
import { isWritableRoom } from './isWritableRoom'
import { parseRoomName } from '@zhibu/core'

/** Dependencies of {@link SyncServer}. */
export interface SyncServerOptions {
  store: Store
  access: AccessService
  rooms: RoomManager
  logger: Logger
  maxFrameBytes: number
}

/**
 * Accepts WebSocket upgrades on `/sync/<room>`. The token and read access are checked before any document is
 * loaded; a refused socket is upgraded and closed at once with 4401 (no valid session) or 4403 (anything else,
 * including a document that does not exist, so existence does not leak), and gets no document byte.
 */
export class SyncServer {
  private readonly wss: WebSocketServer
  private accepting = true

  constructor(private readonly options: SyncServerOptions) {
    this.wss = new WebSocketServer({ noServer: true, maxPayload: options.maxFrameBytes })
  }

  attachTo(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy())
      const url = new URL(request.url ?? '/', 'http://localhost')
      const isWebSocket =
        request.headers.upgrade?.toLowerCase() === 'websocket' &&
        request.headers['sec-websocket-key'] !== undefined
      if (!url.pathname.startsWith('/sync/') || !this.accepting || !isWebSocket) {
        socket.end(
          `HTTP/1.1 ${this.accepting ? '404 Not Found' : '503 Service Unavailable'}\r\nConnection: close\r\n\r\n`,
        )
        return
      }
      this.handleUpgrade(request, socket, head, url).catch((error: unknown) => {
        this.options.logger.error({ err: error }, 'sync upgrade failed')
        socket.destroy()
      })
    })
  }

  /** Refuses new upgrades (shutdown). */
  stopAccepting(): void {
    this.accepting = false
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.wss.close(() => resolve()))
  }

  private async handleUpgrade(
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    url: URL,
  ): Promise<void> {
    const { store, access, rooms, logger } = this.options
    const ip = request.socket.remoteAddress ?? ''
    let roomName: string
    try {
      roomName = decodeURIComponent(url.pathname.slice('/sync/'.length))
    } catch {
      roomName = ''
    }
    const token = url.searchParams.get('token')
    // A token whose socket was just rate limited is refused before any database read (reconnect loops are cheap).
    if (token !== null && token.length <= 200 && rooms.isRateLimited(`token:${hashToken(token)}`)) {
      this.refuse(request, socket, head, closeCodes.rateLimited, 'rate limited')
      return
    }
    const auth = await authenticateToken(store, token)
    if (auth === undefined) {
      this.refuse(request, socket, head, closeCodes.unauthorized, 'unauthorized')
      return
    }
    if (rooms.isRateLimited(`user:${auth.user.id}`)) {
      this.refuse(request, socket, head, closeCodes.rateLimited, 'rate limited')
      return
    }
    const parsedName = parseRoomName(roomName)
    const parsed = parsedName.ok ? parsedName.value : undefined
    const grant = parsed === undefined ? undefined : await access.roleOnDocument(auth.user, parsed.docId)
    if (parsed === undefined || grant === undefined) {
      this.refuse(request, socket, head, closeCodes.forbidden, 'forbidden')
      return
    }
    const room = await rooms.acquire(roomName)
    // ws drops the upgrade without calling back if the socket died meanwhile: release the hold then.
    let attached = false
    const releaseIfDropped = (): void => {
      if (!attached) rooms.release(room)
    }
    socket.once('close', releaseIfDropped)
    this.wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      attached = true
      socket.off('close', releaseIfDropped)
      if (!this.accepting) {
        rooms.release(room)
        ws.close(closeCodes.goingAway, 'server shutting down')
        return
      }
      rooms.attach(room, ws, {
        userId: auth.user.id,
        userName: auth.user.displayName,
        tokenHash: auth.session.tokenHash,
        role: grant.role,
        docId: parsed.docId,
        unitId: grant.unitId,
        writable: isWritableRoom(parsed, grant.role),
        wantsAck: url.searchParams.get('ack') === '1',
        ip,
      })
    })
    void store.audit
      .append({
        at: new Date().toISOString(),
        userId: auth.user.id,
        action: 'room.join',
        target: roomName,
        ip,
        detail: { role: grant.role },
      })
      .catch((error: unknown) => logger.error({ err: error }, 'audit append failed'))
  }

  private refuse(request: IncomingMessage, socket: Duplex, head: Buffer, code: number, reason: string): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => ws.close(code, reason))
  }
}
