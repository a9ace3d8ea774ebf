import type { Store } from './storage/Store'
import type { RoomManager } from './sync/RoomManager'

/** A started server. */
export interface RunningServer {
  /** `http://host:port` */
  url: string
  port: number
  store: Store
  rooms: RoomManager
  /** Stops accepting, flushes every room, closes sockets with 1001, closes the store. */
  close(): Promise<void>
}
