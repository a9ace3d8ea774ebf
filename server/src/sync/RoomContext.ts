import type { Logger } from 'pino'
import type { Store } from '../storage/Store'
import type { RoomFanout } from './RoomFanout'

/** What a room needs from the server around it. */
export interface RoomContext {
  store: Store
  fanout: RoomFanout
  logger: Logger
  /** Compact in the background once this many updates are waiting. */
  compactAfterUpdates: number
  /** Called after each committed batch (keeps the document's updatedAt current). */
  onCommitted: (room: string) => void
}
