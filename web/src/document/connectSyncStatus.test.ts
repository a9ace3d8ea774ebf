import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import { WebsocketProvider, messageSync } from 'y-websocket'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { connectSyncStatus } from './connectSyncStatus'
import { messageAck } from './messageAck'
import { SyncStatusTracker } from './SyncStatusTracker'
import { trackLocalChanges } from './trackLocalChanges'

let providers: WebsocketProvider[] = []

afterEach(() => {
  for (const provider of providers) provider.destroy()
  providers = []
})

/** A provider that never opens a socket; the test plays the server by calling its message handlers. */
function setup(): { doc: Y.Doc; provider: WebsocketProvider; tracker: SyncStatusTracker } {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider('ws://127.0.0.1:9/sync', 'doc-under-test', doc, {
    connect: false,
    disableBc: true,
  })
  providers.push(provider)
  const tracker = new SyncStatusTracker(doc, false, new Date())
  trackLocalChanges(doc, tracker, () => true)
  connectSyncStatus(provider, tracker)
  return { doc, provider, tracker }
}

/** Runs one server frame through the provider the way y-websocket's readMessage does. */
function receive(provider: WebsocketProvider, frame: Uint8Array): encoding.Encoder {
  const decoder = decoding.createDecoder(frame)
  const messageType = decoding.readVarUint(decoder)
  const encoder = encoding.createEncoder()
  provider.messageHandlers[messageType]!(encoder, decoder, provider, true, messageType)
  return encoder
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

describe('connectSyncStatus', () => {
  it('registers a handler for message 100 that sends no reply and marks acknowledged changes saved', () => {
    const { doc, provider, tracker } = setup()
    provider.emit('status', [{ status: 'connected' }])
    provider.emit('sync', [true])
    doc.getText('t').insert(0, '决议')
    expect(tracker.status()).toEqual({ kind: 'pending', pending: 1 })
    const reply = receive(
      provider,
      frame((encoder) => {
        encoding.writeVarUint(encoder, messageAck)
        encoding.writeVarUint8Array(encoder, Y.encodeStateVector(doc))
      }),
    )
    expect(encoding.length(reply)).toBe(0)
    expect(tracker.status()).toEqual({ kind: 'saved' })
  })

  it('still answers the server\u2019s sync step 1 with step 2, and learns the server\u2019s state from it', () => {
    const { doc, provider, tracker } = setup()
    provider.emit('status', [{ status: 'connected' }])
    doc.getText('t').insert(0, '离线时写的')
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(doc))
    const reply = receive(
      provider,
      frame((encoder) => {
        encoding.writeVarUint(encoder, messageSync)
        syncProtocol.writeSyncStep1(encoder, server)
      }),
    )
    const replyDecoder = decoding.createDecoder(encoding.toUint8Array(reply))
    expect(decoding.readVarUint(replyDecoder)).toBe(messageSync)
    expect(decoding.readVarUint(replyDecoder)).toBe(syncProtocol.messageYjsSyncStep2)
    provider.emit('sync', [true])
    // The server's step 1 already covers the change: nothing is pending.
    expect(tracker.status()).toEqual({ kind: 'saved' })
  })

  it('shows offline once the connection drops', () => {
    const { provider, tracker } = setup()
    provider.emit('status', [{ status: 'connected' }])
    provider.emit('status', [{ status: 'disconnected' }])
    expect(tracker.status().kind).toBe('offline')
  })
})
