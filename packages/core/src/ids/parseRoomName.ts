import { isValidDocId } from './isValidDocId'
import type { RoomName } from './RoomName'

const reviewSuffix = ':review'

/**
 * [S102] Parse a sync room name. Only `<docId>` and `<docId>:review` exist; anything else (other
 * suffixes, bad ids, non-strings) is refused with `ROOM_NAME_INVALID` so the server can close the
 * socket instead of opening a room nobody should have.
 */
export function parseRoomName(
  name: unknown,
):
  | { readonly ok: true; readonly value: RoomName }
  | { readonly ok: false; readonly error: { readonly code: 'ROOM_NAME_INVALID'; readonly message: string } } {
  if (typeof name === 'string') {
    const isReview = name.endsWith(reviewSuffix)
    const docId = isReview ? name.slice(0, -reviewSuffix.length) : name
    if (isValidDocId(docId)) return { ok: true, value: { docId, channel: isReview ? 'review' : 'content' } }
  }
  return {
    ok: false,
    error: { code: 'ROOM_NAME_INVALID', message: `无效的房间名: ${String(name).slice(0, 80)}` },
  }
}
