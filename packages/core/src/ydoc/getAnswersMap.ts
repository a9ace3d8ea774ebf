import type * as Y from 'yjs'

/** The content room's 自查 answers: scheme item id → Y.Map of `ItemAnswer` fields. */
export function getAnswersMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('answers')
}
