import * as Y from 'yjs'
import { EditLatencyTracker } from '../load/EditLatencyTracker'
import { SyncClient } from '../load/SyncClient'
import { loadTrace } from '../loadTrace'
import { percentile } from '../percentile'
import type { ServerHandle } from '../serverTargets'

/** Figure 4 for one server. */
export interface ColdLoadRun {
  /** Time to first sync of a new client, per document size (bytes of the encoded state). */
  firstSyncMs: Record<string, number>
  /** A small document's edit latency while the largest document loads. */
  smallP99DuringLoadMs: number
  smallMaxDuringLoadMs: number
  /** False when the server keeps documents in memory only (nothing to load cold). */
  cold: boolean
}

interface BuiltDocument {
  label: string
  /** Updates, each under 4 MiB (our frame limit is 8 MiB), that together hold the document. */
  chunks: Uint8Array[]
  bytes: number
  textLength: number
}

const built = new Map<number, BuiltDocument>()

/** The B4 trace replayed, then grown with 100-character paragraphs at random places until it has `bytes`. */
function buildDocument(label: string, bytes: number): BuiltDocument {
  const cached = built.get(bytes)
  if (cached !== undefined) return cached
  const doc = new Y.Doc()
  const text = doc.getText('bench')
  const chunks: Uint8Array[] = []
  let stateVector = Y.encodeStateVector(doc)
  const cut = (): void => {
    chunks.push(Y.encodeStateAsUpdate(doc, stateVector))
    stateVector = Y.encodeStateVector(doc)
  }
  for (const txn of loadTrace('automerge-paper').txns) {
    for (const [position, deleteCount, insert] of txn.patches) {
      if (deleteCount > 0) text.delete(position, deleteCount)
      if (insert.length > 0) text.insert(position, insert)
    }
  }
  cut()
  let seed = 42
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  let size = chunks[0]!.byteLength
  while (size < bytes) {
    doc.transact(() => {
      for (let index = 0; index < 2_000; index += 1) {
        const paragraph = `第${index}段：${'支部会议记录内容'.repeat(11)}\n`
        text.insert(Math.floor(random() * text.length), paragraph)
      }
    })
    cut()
    size += chunks[chunks.length - 1]!.byteLength
  }
  const result = { label, chunks, bytes: Y.encodeStateAsUpdate(doc).byteLength, textLength: text.length }
  built.set(bytes, result)
  doc.destroy()
  return result
}

/** Document sizes of figure 4 (quick mode leaves out the largest). */
export function coldLoadSizes(quick: boolean): { label: string; bytes: number }[] {
  const sizes = [
    { label: 'B4 0.31 MB', bytes: 0 },
    { label: '1.6 MB', bytes: 1_600_000 },
    { label: '16 MB', bytes: 16_000_000 },
  ]
  return quick ? sizes.slice(0, 2) : sizes
}

async function seed(server: ServerHandle, room: string, document: BuiltDocument): Promise<void> {
  const probe = new Y.Doc()
  for (const chunk of document.chunks) Y.applyUpdate(probe, chunk)
  const target = [...Y.decodeStateVector(Y.encodeStateVector(probe))]
  const writer = new Y.Doc()
  let done!: () => void
  const stored = new Promise<void>((resolve) => (done = resolve))
  // The server echoes the seed back; once the echo covers the whole document, the server has all of it.
  const client = await SyncClient.connect(server, room, 1, {
    onUpdate: (update) => {
      Y.applyUpdate(writer, update)
      if (target.every(([id, clock]) => Y.getState(writer.store, id) >= clock)) done()
    },
  })
  for (const chunk of document.chunks) {
    client.sendUpdate(chunk)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  await stored
  await client.close()
  probe.destroy()
  writer.destroy()
}

export async function runColdLoad(server: ServerHandle, quick: boolean): Promise<ColdLoadRun> {
  await server.prepareClients(8, 20)
  const documents = coldLoadSizes(quick).map(({ label, bytes }) => buildDocument(label, bytes))
  const rooms = await server.createRooms(documents.length + 1)
  for (const [index, document] of documents.entries()) await seed(server, rooms[index]!, document)
  const cold = await server.restart()

  const smallRoom = rooms[documents.length]!
  const tracker = new EditLatencyTracker()
  const smallWriter = new Y.Doc()
  const smallReader = new Y.Doc()
  const writer = await SyncClient.connect(server, smallRoom, 2, {})
  const reader = await SyncClient.connect(server, smallRoom, 3, {
    onUpdate: tracker.observer(smallReader.clientID),
  })
  smallWriter.on('update', (update: Uint8Array) => writer.sendUpdate(update))
  const text = smallWriter.getText('bench')
  const ticker = setInterval(() => {
    text.insert(text.length, 'x')
    tracker.sentEdit(smallWriter.clientID, Y.getState(smallWriter.store, smallWriter.clientID), 1)
  }, 20)

  const firstSyncMs: Record<string, number> = {}
  for (const [index, document] of documents.entries()) {
    const isLargest = index === documents.length - 1
    const doc = new Y.Doc()
    if (isLargest) tracker.startWindow()
    const started = performance.now()
    const client = await SyncClient.connect(server, rooms[index]!, 4 + index, { doc })
    firstSyncMs[document.label] = performance.now() - started
    if (isLargest) tracker.endWindow()
    if (doc.getText('bench').length !== document.textLength) {
      throw new Error(`${server.name}: ${document.label} document arrived incomplete`)
    }
    await client.close()
    doc.destroy()
  }
  clearInterval(ticker)
  await new Promise((resolve) => setTimeout(resolve, 200))
  await Promise.all([writer.close(), reader.close()])
  return {
    firstSyncMs,
    smallP99DuringLoadMs: percentile(tracker.samples, 99),
    smallMaxDuringLoadMs: tracker.samples.length === 0 ? Number.NaN : Math.max(...tracker.samples),
    cold,
  }
}
