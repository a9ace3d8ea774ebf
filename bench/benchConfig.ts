/** Sizes and durations of one `pnpm bench` run; `--quick` shrinks them to stay under three minutes. */
export interface BenchConfig {
  quick: boolean
  repeats: number
  writerCounts: number[]
  writersTiming: { warmupMs: number; measureMs: number; drainMs: number }
  manyRooms: { documents: number; connections: number; churnMs: number; idleWaitMs: number }
  durableWrites: { documents: number; editsPerSecond: number; measureMs: number }
  offlineEdits: number
  crossNodeClients: number
  browser: { words: number }
}

export function benchConfig(quick: boolean): BenchConfig {
  if (quick) {
    return {
      quick,
      // One round per server keeps the quick run under three minutes; the full run repeats three times.
      repeats: 1,
      writerCounts: [2, 10, 50, 200],
      writersTiming: { warmupMs: 500, measureMs: 1500, drainMs: 5_000 },
      manyRooms: { documents: 100, connections: 300, churnMs: 3_000, idleWaitMs: 1_000 },
      durableWrites: { documents: 200, editsPerSecond: 5, measureMs: 3_000 },
      offlineEdits: 10_000,
      crossNodeClients: 10,
      browser: { words: 10_000 },
    }
  }
  return {
    quick,
    repeats: 3,
    writerCounts: [2, 10, 50, 200],
    writersTiming: { warmupMs: 1_000, measureMs: 3_000, drainMs: 5_000 },
    // Ours unloads a document 30 s after its last client left: the idle wait covers that.
    manyRooms: { documents: 1_000, connections: 3_000, churnMs: 10_000, idleWaitMs: 31_000 },
    durableWrites: { documents: 200, editsPerSecond: 5, measureMs: 10_000 },
    offlineEdits: 10_000,
    crossNodeClients: 50,
    browser: { words: 10_000 },
  }
}
