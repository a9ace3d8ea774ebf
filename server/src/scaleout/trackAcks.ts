import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { messageTypes } from '../sync/messageTypes'

/**
 * Records the acknowledgements (message 100) a `?ack=1` provider receives, as the highest acknowledged clock per
 * client id: what its server has promised is committed. The provider's other handlers are untouched.
 */
export function trackAcks(provider: WebsocketProvider): Map<number, number> {
  const acknowledged = new Map<number, number>()
  provider.messageHandlers[messageTypes.ack] = (_encoder, decoder) => {
    for (const [client, clock] of Y.decodeStateVector(decoding.readVarUint8Array(decoder))) {
      acknowledged.set(client, Math.max(clock, acknowledged.get(client) ?? 0))
    }
  }
  return acknowledged
}
