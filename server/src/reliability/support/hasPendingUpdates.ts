import type * as Y from 'yjs'

/**
 * True when the doc holds updates it could not integrate yet (their causal predecessors never arrived) or
 * deletions of items it has not seen: a replica in that state is stuck until the missing update comes.
 */
export function hasPendingUpdates(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null
}
