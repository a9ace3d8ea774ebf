import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import { messageSync } from 'y-websocket'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { messageAck } from './messageAck'
import type { SyncStatusTracker } from './SyncStatusTracker'

/**
 * Wires a y-websocket provider to the tracker: connection status and first sync from the provider's
 * events, the server's state vector from its sync step 1, and acknowledgements (message 100) through
 * `provider.messageHandlers`, which y-websocket indexes by message type and calls with
 * `(encoder, decoder, provider, emitSynced, messageType)`; a handler that writes nothing to the
 * encoder sends no reply. Returns the function that detaches everything.
 */
export function connectSyncStatus(
  provider: WebsocketProvider,
  tracker: SyncStatusTracker,
  now: () => Date = () => new Date(),
): () => void {
  const handleSync = provider.messageHandlers[messageSync]!
  provider.messageHandlers[messageSync] = (encoder, decoder, current, emitSynced, messageType) => {
    const peek = decoding.clone(decoder)
    const syncType = decoding.readVarUint(peek)
    handleSync(encoder, decoder, current, emitSynced, messageType)
    // y-websocket sends our step 2 reply right after this handler returns.
    if (syncType === syncProtocol.messageYjsSyncStep1)
      tracker.serverStateReceived(Y.decodeStateVector(decoding.readVarUint8Array(peek)))
  }
  provider.messageHandlers[messageAck] = (_encoder, decoder) => {
    tracker.acknowledged(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
  }

  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }): void => {
    if (status === 'connected') tracker.connectionOpened()
    if (status === 'disconnected') tracker.connectionClosed(now())
  }
  const onSync = (synced: boolean): void => {
    if (synced) tracker.syncCompleted()
  }
  provider.on('status', onStatus)
  provider.on('sync', onSync)
  return () => {
    provider.off('status', onStatus)
    provider.off('sync', onSync)
    provider.messageHandlers[messageSync] = handleSync
    provider.messageHandlers.length = Math.min(provider.messageHandlers.length, messageAck)
  }
}
