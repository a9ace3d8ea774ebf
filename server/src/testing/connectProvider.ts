import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { waitFor } from './waitFor'

/** A stock y-websocket client, as the web app uses it, connected to a test server. */
export function connectProvider(
  syncUrl: string,
  room: string,
  token: string,
  options: { doc?: Y.Doc; ack?: boolean; connect?: boolean } = {},
): WebsocketProvider {
  const doc = options.doc ?? new Y.Doc()
  return new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: options.ack === true ? { token, ack: '1' } : { token },
    disableBc: true,
    connect: options.connect ?? true,
    maxBackoffTime: 300,
  })
}

/** Resolves once the provider has completed its initial sync. */
export function waitForSync(provider: WebsocketProvider): Promise<true> {
  return waitFor('provider sync', () => provider.synced || undefined)
}
