import { runSyncLatency, type SyncLatencyResult } from './syncLatency'
import { yWebsocketServerTarget, zhibuTarget } from './syncTargets'

// Figures are printed, never asserted: tests check behaviour, benchmarks report numbers beside a peer.
const roundTrips = Number(process.env.BENCH_ROUND_TRIPS ?? 1000)
const burst = Number(process.env.BENCH_BURST ?? 20000)

function row(label: string, values: string[]): string {
  return [label.padEnd(34), ...values.map((value) => value.padStart(20))].join('')
}

async function main(): Promise<void> {
  const results: SyncLatencyResult[] = []
  for (const target of [zhibuTarget, yWebsocketServerTarget]) {
    results.push(await runSyncLatency(target, { roundTrips, burst }))
  }
  const fixed = (value: number, digits = 2): string => value.toFixed(digits)
  console.log(
    `\nSync: automerge-paper trace, ${roundTrips} round trips then a burst of ${burst} edits, 2 clients`,
  )
  console.log(
    row(
      '',
      results.map((result) => result.target),
    ),
  )
  console.log(
    row(
      'round trip p50 (ms)',
      results.map((result) => fixed(result.roundTripP50)),
    ),
  )
  console.log(
    row(
      'round trip p99 (ms)',
      results.map((result) => fixed(result.roundTripP99)),
    ),
  )
  console.log(
    row(
      'burst throughput (edits/s)',
      results.map((result) => fixed(result.burstOpsPerSecond, 0)),
    ),
  )
  console.log(
    row(
      'server RSS after run (MiB)',
      results.map((result) => fixed(result.serverRssMiB, 1)),
    ),
  )
  console.log(
    '\nZhibu commits every update to SQLite (synchronous=FULL) before broadcasting it; the peer keeps',
  )
  console.log('documents in memory only, so the gap is the price of durability.')
}

await main()
