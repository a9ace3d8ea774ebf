import type * as Y from 'yjs'
import type { MeetingHeader } from '../meetings/MeetingHeader'

type MeetingHeaderPatch = { readonly [Key in keyof MeetingHeader]?: MeetingHeader[Key] | undefined }

/**
 * [S206] Set some header fields (undefined removes one) in one transaction. Each field is its own key
 * of the root `meeting` map, so two people filling different fields never conflict; list fields
 * (absentees, votes, resolutions) are whole values, last writer wins.
 */
export function writeMeetingHeader(doc: Y.Doc, patch: MeetingHeaderPatch): void {
  const map = doc.getMap<unknown>('meeting')
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) map.delete(key)
      else if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value)
    }
  })
}
