import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import type { Logger } from 'pino'
import type { Room } from './Room'
import type { SyncConnection } from './SyncConnection'
import { MalformedFrame } from './MalformedFrame'
import { coalesceAwareness, flushAwareness } from './coalesceAwareness'
import { messageTypes } from './messageTypes'
import { stampAwarenessUpdate } from './stampAwarenessUpdate'

function decodeUpdateOrThrow(update: Uint8Array): void {
  try {
    Y.decodeUpdate(update)
  } catch {
    throw new MalformedFrame('update does not decode')
  }
}

/**
 * Handles one frame from a client. Throws {@link MalformedFrame} (or a lib0 decoding error) for frames that do
 * not follow the protocol; the caller closes that socket only.
 */
export function handleSyncMessage(
  room: Room,
  connection: SyncConnection,
  data: Uint8Array,
  logger: Logger,
): void {
  const decoder = decoding.createDecoder(data)
  const messageType = decoding.readVarUint(decoder)
  switch (messageType) {
    case messageTypes.sync: {
      const syncType = decoding.readVarUint(decoder)
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        const stateVector = decoding.readVarUint8Array(decoder)
        try {
          Y.decodeStateVector(stateVector)
        } catch {
          throw new MalformedFrame('state vector does not decode')
        }
        const encoder = encoding.createEncoder()
        encoding.writeVarUint(encoder, messageTypes.sync)
        syncProtocol.writeSyncStep2(encoder, room.doc, stateVector)
        connection.send(encoding.toUint8Array(encoder))
        return
      }
      if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        const update = decoding.readVarUint8Array(decoder)
        decodeUpdateOrThrow(update)
        if (!connection.identity.writable) {
          logger.debug(
            { room: room.name, userId: connection.identity.userId },
            'dropped write from read-only socket',
          )
          return
        }
        room.submit(update, connection).catch(() => undefined)
        return
      }
      throw new MalformedFrame(`unknown sync message type ${syncType}`)
    }
    case messageTypes.awareness: {
      const update = decoding.readVarUint8Array(decoder)
      const stamped = stampAwarenessUpdate(room, connection, update)
      if (stamped.length > 0) coalesceAwareness(room, connection, stamped)
      return
    }
    case messageTypes.queryAwareness: {
      flushAwareness(room)
      const states = [...room.awareness.getStates().keys()]
      if (states.length === 0) return
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, messageTypes.awareness)
      encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(room.awareness, states))
      connection.send(encoding.toUint8Array(encoder))
      return
    }
    case messageTypes.auth:
      // Authentication happens at connect from ?token=; the protocol's auth message carries nothing we use.
      return
    default:
      throw new MalformedFrame(`unknown message type ${messageType}`)
  }
}
