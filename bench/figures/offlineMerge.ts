import * as Y from 'yjs'
import { SyncClient } from '../load/SyncClient'
import { loadTrace } from '../loadTrace'
import type { ServerHandle } from '../serverTargets'

/** Figure 6 for one server. */
export interface OfflineMergeRun {
  convergeMs: number
  yjsMergeMs: number
}

/** Two replicas, each with `edits` of the B4 trace typed offline (one transaction per edit). */
export function offlineReplicas(edits: number): [Y.Doc, Y.Doc] {
  const patches = loadTrace('automerge-paper')
    .txns.flatMap((txn) => txn.patches)
    .slice(0, edits)
  const replicas: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()]
  for (const doc of replicas) {
    const text = doc.getText('bench')
    for (const [position, deleteCount, insert] of patches) {
      doc.transact(() => {
        if (deleteCount > 0) text.delete(position, deleteCount)
        if (insert.length > 0) text.insert(position, insert)
      })
    }
  }
  return replicas
}

/** Yjs alone merging the same two replicas (each applies the other's state). */
export function yjsMergeMs(edits: number): number {
  const [left, right] = offlineReplicas(edits)
  const started = performance.now()
  Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)))
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)))
  const elapsed = performance.now() - started
  if (left.getText('bench').toJSON() !== right.getText('bench').toJSON()) throw new Error('Yjs merge differs')
  return elapsed
}

function covers(doc: Y.Doc, other: Y.Doc): boolean {
  return Y.getState(doc.store, other.clientID) === Y.getState(other.store, other.clientID)
}

/** Both replicas reconnect at once; time until each holds the other's edits, received through the server. */
export async function runOfflineMerge(server: ServerHandle, edits: number): Promise<OfflineMergeRun> {
  await server.prepareClients(2, 20)
  const [room] = await server.createRooms(1)
  const [left, right] = offlineReplicas(edits)
  // The replicas' own state, taken before they merge, decides when each has the other's.
  const leftOwn = Y.getState(left.store, left.clientID)
  const rightOwn = Y.getState(right.store, right.clientID)
  const converged = new Promise<void>((resolve) => {
    const check = (): void => {
      if (
        Y.getState(left.store, right.clientID) === rightOwn &&
        Y.getState(right.store, left.clientID) === leftOwn
      ) {
        resolve()
      }
    }
    left.on('update', check)
    right.on('update', check)
  })
  const started = performance.now()
  const clients = await Promise.all([
    SyncClient.connect(server, room!, 0, { doc: left }),
    SyncClient.connect(server, room!, 1, { doc: right }),
  ])
  await converged
  const convergeMs = performance.now() - started
  if (!covers(left, right) || left.getText('bench').toJSON() !== right.getText('bench').toJSON()) {
    throw new Error(`${server.name}: replicas differ after merge`)
  }
  await Promise.all(clients.map((client) => client.close()))
  return { convergeMs, yjsMergeMs: yjsMergeMs(edits) }
}
