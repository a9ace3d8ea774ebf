import type { AddressInfo } from 'node:net'
import { WebSocket, WebSocketServer } from 'ws'
import { cleanNetwork, type FaultPlan } from './FaultPlan'
import { FaultyPipe, type PipeFault } from './FaultyPipe'
import type { SeededRandom } from '../../testing/SeededRandom'

/** A fault or link event of the proxy, for the run's history. */
export interface ProxyEvent {
  kind: 'fault' | 'cut'
  link: number
  direction?: 'up' | 'down'
  fault?: PipeFault
  frame?: number
  reason?: string
}

interface Link {
  id: number
  client: WebSocket
  upstream: WebSocket
  up: FaultyPipe
  down: FaultyPipe
}

/**
 * A WebSocket proxy on 127.0.0.1:0 between sync clients and the server that drops, duplicates and reorders
 * frames per a {@link FaultPlan}, each link drawing from its own seeded stream.
 *
 * WebSocket runs over TCP, so a real network never loses one frame and keeps the connection: a lost segment is
 * retransmitted or the connection dies. y-websocket relies on that and has no retransmission; it recovers from
 * lost data only by reconnecting, when sync step 1 and 2 exchange whatever each side is missing. So a drop here
 * always ends with the link cut a little later (up to `cutDelayMs`), modelling a connection that died with frames
 * in flight. Frames after the lost one still pass until the cut, which is harsher than TCP: the receiver holds
 * updates whose predecessors it never got, and only the resync after reconnecting can release them.
 */
export class FaultyProxy {
  private readonly links = new Set<Link>()
  private nextLink = 0
  private plan: FaultPlan = cleanNetwork

  private constructor(
    private readonly server: WebSocketServer,
    private readonly target: string,
    private readonly random: SeededRandom,
    private readonly onEvent: (event: ProxyEvent) => void,
  ) {
    server.on('connection', (client, request) => this.open(client, request.url ?? '/'))
  }

  /** Starts a proxy forwarding to `target` (`ws://host:port`, the request path and query are kept). */
  static async start(
    target: string,
    random: SeededRandom,
    onEvent: (event: ProxyEvent) => void = () => undefined,
  ): Promise<FaultyProxy> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
    await new Promise<void>((resolve) => server.once('listening', () => resolve()))
    return new FaultyProxy(server, target, random, onEvent)
  }

  /** `ws://127.0.0.1:<port>`; clients use it in place of the server's origin. */
  get url(): string {
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  get openLinks(): number {
    return this.links.size
  }

  setPlan(plan: FaultPlan): void {
    this.plan = plan
  }

  /** Cuts every link (both sockets terminated), as if the network went down for everyone at once. */
  cutAll(reason: string): void {
    for (const link of [...this.links]) this.cut(link, reason)
  }

  /** Cuts one link chosen by `random`, if any is open. */
  cutOne(random: SeededRandom, reason: string): number | undefined {
    const links = [...this.links]
    if (links.length === 0) return undefined
    const link = random.pick(links)
    this.cut(link, reason)
    return link.id
  }

  async close(): Promise<void> {
    this.cutAll('proxy closed')
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  private open(client: WebSocket, requestUrl: string): void {
    const id = ++this.nextLink
    const upstream = new WebSocket(`${this.target}${requestUrl}`)
    const pending: Buffer[] = []
    const linkRandom = this.random.fork(`link ${id}`)
    const fault =
      (direction: 'up' | 'down') =>
      (kind: PipeFault, frame: number): void => {
        this.onEvent({ kind: 'fault', link: id, direction, fault: kind, frame })
        if (kind === 'drop') {
          const timer = setTimeout(
            () => this.cut(link, `after a drop (${direction} frame ${frame})`),
            linkRandom.int(this.plan.cutDelayMs + 1),
          )
          timer.unref()
        }
      }
    const link: Link = {
      id,
      client,
      upstream,
      up: new FaultyPipe(
        (data) => {
          if (upstream.readyState === WebSocket.OPEN) upstream.send(data)
          else if (upstream.readyState === WebSocket.CONNECTING) pending.push(data)
        },
        linkRandom.fork('up'),
        () => this.plan,
        fault('up'),
      ),
      down: new FaultyPipe(
        (data) => {
          if (client.readyState === WebSocket.OPEN) client.send(data)
        },
        linkRandom.fork('down'),
        () => this.plan,
        fault('down'),
      ),
    }
    this.links.add(link)
    client.on('message', (data: Buffer) => link.up.push(data))
    upstream.on('message', (data: Buffer) => link.down.push(data))
    upstream.on('open', () => {
      for (const data of pending.splice(0)) upstream.send(data)
    })
    upstream.on('close', (code: number, reason: Buffer) => this.finish(link, client, code, reason))
    client.on('close', (code: number, reason: Buffer) => this.finish(link, upstream, code, reason))
    upstream.on('error', () => this.cut(link, 'upstream error'))
    client.on('error', () => this.cut(link, 'client error'))
  }

  /** One side closed: pass its close code on to the other side when the protocol lets us send it. */
  private finish(link: Link, other: WebSocket, code: number, reason: Buffer): void {
    if (!this.links.delete(link)) return
    link.up.close()
    link.down.close()
    const sendable = (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || code >= 3000
    if (sendable && other.readyState === WebSocket.OPEN) other.close(code, reason)
    else other.terminate()
  }

  private cut(link: Link, reason: string): void {
    if (!this.links.delete(link)) return
    this.onEvent({ kind: 'cut', link: link.id, reason })
    link.up.close()
    link.down.close()
    link.client.terminate()
    link.upstream.terminate()
  }
}
