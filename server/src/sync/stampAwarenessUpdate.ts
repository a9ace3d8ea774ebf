import * as decoding from 'lib0/decoding'
import type { Room } from './Room'
import type { SyncConnection } from './SyncConnection'
import { MalformedFrame } from './MalformedFrame'
import { userColor } from './userColor'

const maxAwarenessIdsPerConnection = 16

/** One awareness entry after stamping: the state as JSON text (`null` clears it). */
export interface StampedAwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/**
 * Rewrites a client's awareness update so that every state carries the authenticated `user`
 * and only client ids this connection introduced are touched. Returns the entries left (possibly none).
 */
export function stampAwarenessUpdate(
  room: Room,
  connection: SyncConnection,
  update: Uint8Array,
): StampedAwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const kept: Array<{ clientId: number; clock: number; state: unknown }> = []
  const user = {
    id: connection.identity.userId,
    name: connection.identity.userName,
    color: userColor(connection.identity.userId),
  }
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    let state: unknown
    try {
      state = JSON.parse(decoding.readVarString(decoder))
    } catch {
      throw new MalformedFrame('awareness state is not JSON')
    }
    const owner = room.awarenessOwners.get(clientId)
    if (owner !== undefined && owner !== connection) continue
    if (owner === undefined) {
      if (connection.awarenessIds.size >= maxAwarenessIdsPerConnection) continue
      room.awarenessOwners.set(clientId, connection)
      connection.awarenessIds.add(clientId)
    }
    const stamped =
      state === null ? null : { ...(typeof state === 'object' && !Array.isArray(state) ? state : {}), user }
    kept.push({ clientId, clock, state: stamped })
  }
  return kept.map((entry) => ({
    clientId: entry.clientId,
    clock: entry.clock,
    state: JSON.stringify(entry.state),
  }))
}
