import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { loadTrace, type TracePatch } from './loadTrace'
import { percentile } from './percentile'
import { processRss } from './processRss'
import type { RunningTarget, SyncTarget } from './syncTargets'

/** Figures of one sync benchmark run against one server. */
export interface SyncLatencyResult {
  target: string
  roundTripP50: number
  roundTripP99: number
  burstOpsPerSecond: number
  serverRssMiB: number
}

function connect(target: RunningTarget): { doc: Y.Doc; provider: WebsocketProvider } {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(target.serverUrl, target.room, doc, {
    params: target.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  return { doc, provider }
}

async function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return
  await new Promise<void>((resolve) => provider.once('sync', (synced: boolean) => synced && resolve()))
}

function applyPatch(text: Y.Text, [position, deleteCount, insert]: TracePatch): void {
  if (deleteCount > 0) text.delete(position, deleteCount)
  if (insert.length > 0) text.insert(position, insert)
}

async function waitUntil(check: () => boolean, doc: Y.Doc): Promise<void> {
  if (check()) return
  await new Promise<void>((resolve) => {
    const onUpdate = (): void => {
      if (!check()) return
      doc.off('update', onUpdate)
      resolve()
    }
    doc.on('update', onUpdate)
  })
}

/**
 * Replays the automerge-paper trace through a server: `roundTrips` edits one at a time, each waiting until a
 * second client has it (end-to-end latency, including the server's commit for Zhibu), then `burst` edits sent
 * at once (throughput until the second client converges).
 */
export async function runSyncLatency(
  target: SyncTarget,
  { roundTrips, burst }: { roundTrips: number; burst: number },
): Promise<SyncLatencyResult> {
  const trace = loadTrace('automerge-paper')
  const running = await target.start()
  try {
    const writer = connect(running)
    const reader = connect(running)
    await Promise.all([whenSynced(writer.provider), whenSynced(reader.provider)])
    const writerText = writer.doc.getText('bench')
    const readerText = reader.doc.getText('bench')
    const patches = trace.txns.flatMap((txn) => txn.patches)

    const samples: number[] = []
    let cursor = 0
    for (; cursor < roundTrips && cursor < patches.length; cursor += 1) {
      const patch = patches[cursor]!
      const started = performance.now()
      writer.doc.transact(() => applyPatch(writerText, patch))
      const expected = writerText.length
      const stamp = Y.getState(writer.doc.store, writer.doc.clientID)
      await waitUntil(
        () => Y.getState(reader.doc.store, writer.doc.clientID) === stamp && readerText.length === expected,
        reader.doc,
      )
      samples.push(performance.now() - started)
    }

    const burstStarted = performance.now()
    const end = Math.min(patches.length, cursor + burst)
    for (; cursor < end; cursor += 1) {
      writer.doc.transact(() => applyPatch(writerText, patches[cursor]!))
    }
    const finalClock = Y.getState(writer.doc.store, writer.doc.clientID)
    await waitUntil(() => Y.getState(reader.doc.store, writer.doc.clientID) === finalClock, reader.doc)
    const burstSeconds = (performance.now() - burstStarted) / 1000
    if (readerText.toJSON() !== writerText.toJSON()) throw new Error(`${running.name}: replicas differ`)

    const result: SyncLatencyResult = {
      target: running.name,
      roundTripP50: percentile(samples, 50),
      roundTripP99: percentile(samples, 99),
      burstOpsPerSecond: burst / burstSeconds,
      serverRssMiB: processRss(running.pid),
    }
    writer.provider.destroy()
    reader.provider.destroy()
    return result
  } finally {
    await running.stop()
  }
}
