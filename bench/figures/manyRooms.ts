import * as Y from 'yjs'
import { connectMany } from '../load/connectMany'
import { SyncClient } from '../load/SyncClient'
import type { ServerHandle } from '../serverTargets'

/** Figure 3 for one server. */
export interface ManyRoomsRun {
  kibPerDocument: number
  kibPerConnection: number
  /** Heap after churn minus heap before it (after a full GC each time). */
  churnHeapGrowthMiB: number
  reconnects: number
  /** Heap after every client left and `idleWaitMs` passed, minus the heap before any document was opened. */
  idleHeapAboveBaselineMiB: number
}

const kib = 1024
const mib = 1024 * 1024

/**
 * `documents` documents with a few KiB of text each, `connections` sockets over them (one per document first, to
 * split the cost of a document from the cost of a socket), then churn: sockets close and reconnect for
 * `churnMs`. Heap figures come from the probe after a full GC.
 */
export async function runManyRooms(
  server: ServerHandle,
  {
    documents,
    connections,
    churnMs,
    idleWaitMs,
  }: { documents: number; connections: number; churnMs: number; idleWaitMs: number },
): Promise<ManyRoomsRun> {
  await server.prepareClients(connections, 100)
  // Before the documents exist: ours loads a document as the API creates it, and that is part of its cost.
  const baseline = await server.probe()
  const rooms = await server.createRooms(documents)
  // Same text in every document on every server (ours also holds its template's initial content).
  const seed = new Y.Doc()
  seed.getText('bench').insert(0, '会议记录：'.repeat(400))
  const seedUpdate = Y.encodeStateAsUpdate(seed)

  const echoed: Promise<void>[] = []
  const first = await connectMany(
    server,
    documents,
    (index) => rooms[index]!,
    () => {
      let resolve!: () => void
      echoed.push(new Promise<void>((done) => (resolve = done)))
      return { onUpdate: (update) => Y.parseUpdateMeta(update).to.has(seed.clientID) && resolve() }
    },
  )
  for (const client of first) client.sendUpdate(seedUpdate)
  // Every server echoes an update to its sender too: once all echoes are back, every seed has been applied.
  await Promise.all(echoed)
  await Promise.all(first.map((client) => client.close()))
  const perDocClients = await connectMany(server, documents, (index) => rooms[index]!)
  const withDocuments = await server.probe()
  const rest = await connectMany(server, connections - documents, (index) => rooms[index % documents]!)
  const withConnections = await server.probe()
  const clients = [...perDocClients, ...rest]

  const kibPerConnection =
    (withConnections.heapUsed - withDocuments.heapUsed) / (connections - documents) / kib
  const kibPerDocument = (withDocuments.heapUsed - baseline.heapUsed) / documents / kib - kibPerConnection

  const churnEnds = performance.now() + churnMs
  let reconnects = 0
  let index = 0
  while (performance.now() < churnEnds) {
    // 50 sockets at a time close and come back, round-robin over all of them.
    const batch = Array.from({ length: 50 }, () => (index = (index + 1) % clients.length))
    await Promise.all(
      batch.map(async (slot) => {
        const client = clients[slot]!
        await client.close()
        clients[slot] = await SyncClient.connect(server, client.room, slot)
        reconnects += 1
      }),
    )
  }
  const afterChurn = await server.probe()
  await Promise.all(clients.map((client) => client.close()))
  await new Promise((resolve) => setTimeout(resolve, idleWaitMs))
  const idle = await server.probe()
  return {
    kibPerDocument,
    kibPerConnection,
    churnHeapGrowthMiB: (afterChurn.heapUsed - withConnections.heapUsed) / mib,
    reconnects,
    idleHeapAboveBaselineMiB: (idle.heapUsed - baseline.heapUsed) / mib,
  }
}
