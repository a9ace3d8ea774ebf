import { createConnection, createServer, type Server, type Socket } from 'node:net'

/**
 * A TCP relay on 127.0.0.1 that a test can cut and restore: a network partition between one client and a server,
 * while everyone else still reaches that server directly.
 */
export class TcpProxy {
  private readonly sockets = new Set<Socket>()
  private cut = false

  private constructor(
    private readonly server: Server,
    readonly port: number,
    targetPort: number,
  ) {
    server.on('connection', (client: Socket) => {
      if (this.cut) {
        client.destroy()
        return
      }
      const upstream = createConnection({ host: '127.0.0.1', port: targetPort })
      for (const socket of [client, upstream]) {
        this.sockets.add(socket)
        socket.on('close', () => this.sockets.delete(socket))
        socket.on('error', () => socket.destroy())
      }
      client.pipe(upstream)
      upstream.pipe(client)
      client.on('close', () => upstream.destroy())
      upstream.on('close', () => client.destroy())
    })
  }

  static async start(targetPort: number): Promise<TcpProxy> {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no port')
    return new TcpProxy(server, address.port, targetPort)
  }

  /** Drops every relayed connection and refuses new ones (the port stops listening) until {@link restore}. */
  async partition(): Promise<void> {
    this.cut = true
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()))
    for (const socket of this.sockets) socket.destroy()
    await closed
  }

  async restore(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve))
    this.cut = false
  }

  async close(): Promise<void> {
    if (!this.cut) await this.partition()
  }
}
