import * as Y from 'yjs'
import { connectMany } from '../load/connectMany'
import { generatorSaturation, measureWindow } from '../load/measureWindow'
import type { ServerHandle } from '../serverTargets'

/** Figure 5 for one server. */
export interface DurableWritesRun {
  /** Updates per second the server accepted and sent back to their writer (ours: after the commit). */
  commitsPerSecond: number
  /** Bytes the server process wrote to disk per byte of update it received (window plus a 3 s tail). */
  writeAmplification: number
  loopDelayP99: number
  generatorCpu: number
  rejected: boolean
}

/**
 * `documents` documents, one writer each typing `editsPerSecond` characters a second (open loop). Ours compacts a
 * document's update log every 500 updates, so long runs include compactions; the event-loop p99 covers them.
 */
export async function runDurableWrites(
  server: ServerHandle,
  { documents, editsPerSecond, measureMs }: { documents: number; editsPerSecond: number; measureMs: number },
): Promise<DurableWritesRun> {
  await server.prepareClients(documents, 10)
  const rooms = await server.createRooms(documents)
  const docs = rooms.map(() => new Y.Doc())
  let echoed = 0
  let counting = false
  const sockets = await connectMany(
    server,
    documents,
    (index) => rooms[index]!,
    (index) => ({
      onUpdate: (update) => {
        if (counting && Y.parseUpdateMeta(update).to.has(docs[index]!.clientID)) echoed += 1
      },
    }),
  )
  let updateBytes = 0
  const timers = docs.map((doc, index) => {
    const text = doc.getText('bench')
    doc.on('update', (update: Uint8Array) => {
      if (counting) updateBytes += update.byteLength
      sockets[index]!.sendUpdate(update)
    })
    return setInterval(() => text.insert(text.length, 'x'), 1000 / editsPerSecond)
  })
  await new Promise((resolve) => setTimeout(resolve, 1000))
  const window = await measureWindow(server)
  const writtenBefore = server.writeBytes()
  counting = true
  const windowStarted = performance.now()
  await new Promise((resolve) => setTimeout(resolve, measureMs))
  let commitsPerSecond = 0
  const figures = await window.end(() => {
    for (const timer of timers) clearInterval(timer)
    commitsPerSecond = echoed / ((performance.now() - windowStarted) / 1000)
    counting = false
  })
  // Hocuspocus stores 2 s after the last change: give every server the same tail to write what it received.
  await new Promise((resolve) => setTimeout(resolve, 3000))
  const written = server.writeBytes() - writtenBefore
  await Promise.all(sockets.map((socket) => socket.close()))
  for (const doc of docs) doc.destroy()
  return {
    commitsPerSecond,
    writeAmplification: written / updateBytes,
    loopDelayP99: figures.loopDelayP99,
    generatorCpu: figures.generatorCpu,
    rejected: figures.generatorCpu > generatorSaturation,
  }
}
