import * as decoding from 'lib0/decoding'
import type { AwarenessEntry } from './syncFrames'

/** A frame the server sent, decoded far enough for the suites' assertions. */
export type ServerMessage =
  | { kind: 'sync'; syncType: number; payload: Uint8Array }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'ack'; stateVector: Uint8Array }
  | { kind: 'other'; messageType: number }

export function decodeServerMessage(message: Uint8Array): ServerMessage {
  const decoder = decoding.createDecoder(message)
  const messageType = decoding.readVarUint(decoder)
  if (messageType === 0) {
    const syncType = decoding.readVarUint(decoder)
    return { kind: 'sync', syncType, payload: decoding.readVarUint8Array(decoder) }
  }
  if (messageType === 100) return { kind: 'ack', stateVector: decoding.readVarUint8Array(decoder) }
  if (messageType !== 1) return { kind: 'other', messageType }
  const inner = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const entries: AwarenessEntry[] = []
  const count = decoding.readVarUint(inner)
  for (let index = 0; index < count; index++) {
    const clientId = decoding.readVarUint(inner)
    const clock = decoding.readVarUint(inner)
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(inner)) as unknown })
  }
  return { kind: 'awareness', entries }
}
