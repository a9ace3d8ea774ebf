import * as Y from 'yjs'
import { contentSnapshot } from './contentSnapshot'
import { deleteSetOf } from './deleteSetOf'
import { hasPendingUpdates } from './hasPendingUpdates'

/** What a replica holds, comparable across replicas. */
export interface ReplicaState {
  /** The rendered content ({@link contentSnapshot}). */
  content: string
  /** Its state vector as `client:clock` pairs, sorted. */
  vector: string
  /** Its deletions ({@link deleteSetOf}). */
  deletions: string
  /** Updates it holds but cannot integrate (their predecessors never arrived). */
  pending: boolean
}

/** The comparable state of an encoded Yjs state (a live doc's `encodeStateAsUpdate`, or what a store loads). */
export function replicaState(update: Uint8Array): ReplicaState {
  const doc = new Y.Doc()
  try {
    Y.applyUpdate(doc, update)
    const vector = [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update)).entries()]
      .sort(([left], [right]) => left - right)
      .map(([client, clock]) => `${client}:${clock}`)
      .join(' ')
    return {
      content: contentSnapshot(doc),
      vector,
      deletions: deleteSetOf(update),
      pending: hasPendingUpdates(doc),
    }
  } finally {
    doc.destroy()
  }
}
