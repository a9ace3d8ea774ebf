import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import type { ConnectionIdentity } from './ConnectionIdentity'
import { SyncConnection } from './SyncConnection'
import { TokenBucket } from './TokenBucket'

const identity: ConnectionIdentity = {
  userId: 'u1',
  userName: '张伟',
  tokenHash: 'hash',
  role: 'editor',
  docId: 'doc-1',
  unitId: 'unit-1',
  writable: true,
  wantsAck: true,
  ip: '127.0.0.1',
}

const servers: WebSocketServer[] = []

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))))
})

/** A real ws server on port 0 whose first connection is wrapped in a SyncConnection that pauses after one update. */
async function connectedPair(): Promise<{ connection: SyncConnection; client: WebSocket }> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 })
  servers.push(server)
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const { port } = server.address() as AddressInfo
  const accepted = new Promise<SyncConnection>((resolve) =>
    server.once('connection', (ws) =>
      resolve(
        new SyncConnection(ws, identity, new TokenBucket({ ratePerSecond: 100, burst: 100 }), {
          maxBufferedBytes: 1 << 20,
          maxInflightUpdates: 1,
        }),
      ),
    ),
  )
  const client = new WebSocket(`ws://127.0.0.1:${port}`)
  await new Promise<void>((resolve, reject) => {
    client.once('open', () => resolve())
    client.once('error', reject)
  })
  return { connection: await accepted, client }
}

describe('SyncConnection', () => {
  it('completes the close handshake on a socket paused for backpressure, so the client reads 1001, not 1006', async () => {
    const { connection, client } = await connectedPair()
    // One update in the commit pipeline reaches maxInflightUpdates: the server stops reading this socket.
    connection.updateQueued()
    // The client keeps sending while the server is not reading, as a client in a burst of typing does.
    for (let index = 0; index < 200; index++) client.send(new Uint8Array(1024).fill(index % 251))
    const serverClosed = new Promise<number>((resolve) =>
      connection.ws.once('close', (code) => resolve(code)),
    )
    const clientClosed = new Promise<number>((resolve) => client.once('close', (code) => resolve(code)))
    // A short handshake window: were the paused socket never read, terminate() would end it with 1006 after 1 s.
    connection.close(1001, 'server shutting down', 1000)
    expect(await clientClosed).toBe(1001)
    expect(await serverClosed).toBe(1001)
    expect(connection.isOpen).toBe(false)
  })

  it('terminates a client that never answers the close frame once the handshake window has passed', async () => {
    const { connection, client } = await connectedPair()
    // A client that stops reading cannot answer; the server must not wait for it forever.
    client.pause()
    const serverClosed = new Promise<number>((resolve) =>
      connection.ws.once('close', (code) => resolve(code)),
    )
    connection.close(1001, 'server shutting down', 200)
    expect(await serverClosed).toBe(1006)
    client.terminate()
  })
})
