import type { WebSocket } from 'ws'
import type { ConnectionIdentity } from './ConnectionIdentity'
import type { TokenBucket } from './TokenBucket'
import { closeCodes } from './closeCodes'

/** Limits that protect the process from one client. */
export interface ConnectionLimits {
  /** Outgoing bytes queued for a slow reader before it is dropped with 1013. */
  maxBufferedBytes: number
  /** Updates in the commit pipeline before the socket stops being read (backpressure). */
  maxInflightUpdates: number
}

/** One open sync socket in a room. */
export class SyncConnection {
  /** Awareness client ids this connection introduced; it may only set or clear these. */
  readonly awarenessIds = new Set<number>()
  private inflight = 0
  private paused = false
  private closed = false

  constructor(
    readonly ws: WebSocket,
    readonly identity: ConnectionIdentity,
    readonly bucket: TokenBucket,
    private readonly limits: ConnectionLimits,
  ) {}

  get isOpen(): boolean {
    return !this.closed && this.ws.readyState === this.ws.OPEN
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(closeCodes.tryAgainLater, 'slow consumer')
      return
    }
    this.ws.send(message)
  }

  /** Resolves once the socket is closed: the client answered the close frame, or it was terminated. */
  whenClosed(): Promise<void> {
    if (this.ws.readyState === this.ws.CLOSED) return Promise.resolve()
    return new Promise<void>((resolve) => this.ws.once('close', () => resolve()))
  }

  close(code: number, reason: string, handshakeMs = 2000): void {
    if (this.closed) return
    this.closed = true
    this.ws.close(code, reason)
    // A socket paused for backpressure would never read the client's answering close frame: the handshake would
    // time out and terminate() would reset the connection with the client's data unread, so the client would see
    // 1006 instead of `code`. Messages are ignored once closed, so reading again only drains the socket.
    if (this.paused) {
      this.paused = false
      this.ws.resume()
    }
    // A client that ignores the close handshake must not hold the socket (and the room) open forever.
    setTimeout(() => this.ws.terminate(), handshakeMs).unref()
  }

  /** An update from this socket entered the pipeline; stop reading when too many are waiting. */
  updateQueued(): void {
    this.inflight++
    if (!this.paused && this.inflight >= this.limits.maxInflightUpdates) {
      this.paused = true
      this.ws.pause()
    }
  }

  updateSettled(): void {
    this.inflight--
    if (this.paused && this.inflight <= this.limits.maxInflightUpdates / 2) {
      this.paused = false
      if (this.isOpen) this.ws.resume()
    }
  }
}
