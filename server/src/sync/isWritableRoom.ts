import { canEditContent, type Role, type RoomName } from '@zhibu/core'

/** Whether a role may write a room: editors and admins on the content room; nobody on review (server-written). */
export function isWritableRoom(room: RoomName, role: Role): boolean {
  return room.channel === 'content' && canEditContent(role)
}
