import type * as Y from 'yjs'

/** The review room's 考核 answers, same shape as `answers`; only the server writes it. */
export function getInspectionMap(reviewDoc: Y.Doc): Y.Map<unknown> {
  return reviewDoc.getMap<unknown>('inspection')
}
