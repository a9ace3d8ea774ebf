import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'

/** One awareness entry as the y-protocols wire format carries it. */
export interface AwarenessEntry {
  clientId: number
  clock: number
  /** Serialised as JSON; a raw string is sent as is (for malformed states). */
  state: unknown
  rawState?: string
}

/** Builders of y-websocket frames, valid or deliberately forged, for raw test clients. */
export const syncFrames = {
  step1(stateVector: Uint8Array): Uint8Array {
    return frame((encoder) => {
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1)
      encoding.writeVarUint8Array(encoder, stateVector)
    })
  },
  step2(update: Uint8Array): Uint8Array {
    return frame((encoder) => {
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
      encoding.writeVarUint8Array(encoder, update)
    })
  },
  update(update: Uint8Array): Uint8Array {
    return frame((encoder) => {
      encoding.writeVarUint(encoder, 0)
      encoding.writeVarUint(encoder, syncProtocol.messageYjsUpdate)
      encoding.writeVarUint8Array(encoder, update)
    })
  },
  awareness(entries: readonly AwarenessEntry[]): Uint8Array {
    const inner = encoding.createEncoder()
    encoding.writeVarUint(inner, entries.length)
    for (const entry of entries) {
      encoding.writeVarUint(inner, entry.clientId)
      encoding.writeVarUint(inner, entry.clock)
      encoding.writeVarString(inner, entry.rawState ?? JSON.stringify(entry.state))
    }
    return frame((encoder) => {
      encoding.writeVarUint(encoder, 1)
      encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
    })
  },
  queryAwareness(): Uint8Array {
    return Uint8Array.of(3)
  },
  /** Any message type with an arbitrary payload (auth is 2; unknown types close the socket with 4400). */
  typed(messageType: number, payload: Uint8Array): Uint8Array {
    return frame((encoder) => {
      encoding.writeVarUint(encoder, messageType)
      encoding.writeUint8Array(encoder, payload)
    })
  },
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}
