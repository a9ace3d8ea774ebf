import type { RoomName } from './RoomName'

/** [S102] The room name for a document channel: `<docId>` or `<docId>:review`. */
export function formatRoomName(room: RoomName): string {
  return room.channel === 'review' ? `${room.docId}:review` : room.docId
}
