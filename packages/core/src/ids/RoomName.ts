import type { RoomChannel } from './RoomChannel'

/** A parsed sync room name: `<docId>` or `<docId>:review`. */
export interface RoomName {
  readonly docId: string
  readonly channel: RoomChannel
}
