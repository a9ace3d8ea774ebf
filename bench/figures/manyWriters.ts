import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { EditLatencyTracker } from '../load/EditLatencyTracker'
import { connectMany } from '../load/connectMany'
import { generatorSaturation, measureWindow } from '../load/measureWindow'
import { percentile } from '../percentile'
import type { ServerHandle } from '../serverTargets'

/** Figure 2 for one server and one client count. */
export interface ManyWritersRun {
  clients: number
  latencyP50: number
  latencyP99: number
  missing: number
  cpuMsPer1000Messages: number
  loopDelayP99: number
  generatorCpu: number
  rejected: boolean
}

const editsPerSecond = 5
const observerCount = 4

/**
 * One room, `clients` writers typing 5 characters a second, each keystroke followed by its cursor (awareness)
 * update, as y-prosemirror sends them. Four of the writers also time every other writer's edits.
 */
export async function runManyWriters(
  server: ServerHandle,
  clients: number,
  { warmupMs, measureMs, drainMs }: { warmupMs: number; measureMs: number; drainMs: number },
): Promise<ManyWritersRun> {
  const debug = (step: string): void => {
    if (process.env.BENCH_DEBUG)
      console.error(`${server.name} ${clients}: ${step} ${performance.now().toFixed(0)}`)
  }
  await server.prepareClients(clients, 20)
  debug('prepared')
  const [room] = await server.createRooms(1)
  const tracker = new EditLatencyTracker()
  const docs = Array.from({ length: clients }, () => new Y.Doc())
  const observers = Math.min(observerCount, clients)
  const sockets = await connectMany(
    server,
    clients,
    () => room!,
    (index) => (index < observers ? { onUpdate: tracker.observer(docs[index]!.clientID) } : {}),
  )
  debug('connected')
  const timers: NodeJS.Timeout[] = []
  docs.forEach((doc, index) => {
    const socket = sockets[index]!
    const awareness = new Awareness(doc)
    const text = doc.getText('bench')
    doc.on('update', (update: Uint8Array) => socket.sendUpdate(update))
    const type = (): void => {
      text.insert(text.length, String.fromCharCode(97 + (text.length % 26)))
      tracker.sentEdit(
        doc.clientID,
        Y.getState(doc.store, doc.clientID),
        observers - (index < observers ? 1 : 0),
      )
      awareness.setLocalStateField('cursor', { anchor: text.length, head: text.length })
      socket.sendAwareness(encodeAwarenessUpdate(awareness, [doc.clientID]))
    }
    const start = setTimeout(
      () => timers.push(setInterval(type, 1000 / editsPerSecond)),
      Math.random() * (1000 / editsPerSecond),
    )
    timers.push(start)
  })

  await new Promise((resolve) => setTimeout(resolve, warmupMs))
  const window = await measureWindow(server)
  const sentBefore = sockets.reduce((sum, socket) => sum + socket.messagesSent, 0)
  tracker.startWindow()
  await new Promise((resolve) => setTimeout(resolve, measureMs))
  tracker.endWindow()
  debug('window end')
  let sent = 0
  const figures = await window.end(() => {
    for (const timer of timers) clearInterval(timer)
    sent = sockets.reduce((sum, socket) => sum + socket.messagesSent, 0) - sentBefore
  })
  // Late deliveries of edits typed inside the window still count (up to `drainMs`): a backlog shows in p99.
  const waitUntil = performance.now() + drainMs
  while (tracker.missing > 0 && performance.now() < waitUntil) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const missing = tracker.missing
  debug('drained')
  await Promise.all(sockets.map((socket) => socket.close()))
  for (const doc of docs) doc.destroy()
  return {
    clients,
    latencyP50: percentile(tracker.samples, 50),
    latencyP99: missing > 0 ? Number.POSITIVE_INFINITY : percentile(tracker.samples, 99),
    missing,
    cpuMsPer1000Messages: (figures.serverCpuSeconds * 1000) / (sent / 1000),
    loopDelayP99: figures.loopDelayP99,
    generatorCpu: figures.generatorCpu,
    rejected: figures.generatorCpu > generatorSaturation,
  }
}
