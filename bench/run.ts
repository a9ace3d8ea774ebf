import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { benchConfig } from './benchConfig'
import { killAllChildren } from './childProcesses'
import { runBrowser } from './figures/browser'
import { runCalibration } from './figures/calibration'
import { coldLoadSizes, runColdLoad } from './figures/coldLoad'
import { runCrossNode } from './figures/crossNode'
import { runDurableWrites } from './figures/durableWrites'
import { runManyRooms } from './figures/manyRooms'
import { runManyWriters, type ManyWritersRun } from './figures/manyWriters'
import { runOfflineMerge } from './figures/offlineMerge'
import { machineInfo, usableCores } from './machineInfo'
import { markdownTable, row, textTable, type Row } from './report'
import { summarize } from './stats'
import { serverCpu, startTarget, targetNames, type ServerHandle, type TargetName } from './serverTargets'

// `pnpm bench [--quick] [--only=2,5]`: every figure, ours beside both peers on the same load, printed as one table
// and saved as JSON under bench/results/. Figures are printed, never asserted.
const args = process.argv.slice(2)
const config = benchConfig(args.includes('--quick'))
const only = args
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',')
  .map(Number)
const wanted = (figure: number): boolean => only === undefined || only.includes(figure)
const resultsDir = fileURLToPath(new URL('results/', import.meta.url))

// Generator on one core, servers on the other; on a single core both share it and the table says so.
const cores = usableCores()
const pinned = cores >= 2
if (pinned) {
  const generatorCpu = serverCpu === '0' ? '1' : '0'
  execFileSync('taskset', ['-a', '-p', '-c', generatorCpu, String(process.pid)], { stdio: 'ignore' })
}

process.on('exit', killAllChildren)
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAllChildren()
    process.exit(130)
  })
}

const log = (message: string): void => {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`)
}

// No single run may hang the whole bench: after this long it counts as failed (its server is stopped).
const runTimeoutMs = 5 * 60_000

function withinTime<T>(work: Promise<T>, ms: number, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} took longer than ${ms / 1000} s`)), ms)
  })
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer))
}

type PerServer<T> = Partial<Record<TargetName, (T | undefined)[]>>

/**
 * Runs `run` on a fresh process of each server, `repeats` times, rotating the order each round so no server
 * always goes first (or last) on a warming or cooling machine. A failed run is logged and counts as missing.
 */
async function acrossServers<T>(
  figure: string,
  run: (server: ServerHandle) => Promise<T>,
  names: readonly TargetName[] = targetNames,
): Promise<PerServer<T>> {
  const results: PerServer<T> = {}
  for (let round = 0; round < config.repeats; round += 1) {
    const order = names.map((_, index) => names[(index + round) % names.length]!)
    for (const name of order) {
      log(`${figure}: round ${round + 1}/${config.repeats}, ${name}`)
      let server: ServerHandle | undefined
      let result: T | undefined
      try {
        server = await startTarget(name, { pinned })
        result = await withinTime(run(server), runTimeoutMs, `${figure}: ${name}`)
      } catch (error) {
        log(`${figure}: ${name} failed: ${error instanceof Error ? error.message : String(error)}`)
      } finally {
        await server?.stop()
      }
      ;(results[name] ??= []).push(result)
    }
  }
  return results
}

function pick<T>(runs: PerServer<T>, value: (result: T) => number): Partial<Record<TargetName, number[]>> {
  const picked: Partial<Record<TargetName, number[]>> = {}
  for (const [name, list] of Object.entries(runs) as [TargetName, (T | undefined)[]][]) {
    picked[name] = list.map((result) => (result === undefined ? Number.NaN : value(result)))
  }
  return picked
}

async function calibration(rows: Row[]): Promise<void> {
  const runs = Array.from({ length: config.repeats }, () => runCalibration())
  const first = runs[0]!
  await Promise.resolve()
  rows.push(
    row(
      '1 calibration',
      `Yjs replays B4 (${first.patches} edits)`,
      'ms',
      true,
      {},
      {
        reference: { label: 'Yjs alone', value: summarize(runs.map((run) => run.replayMs)) },
      },
    ),
    row(
      '1 calibration',
      `Yjs loads B4 state (${(first.updateBytes / 1024).toFixed(0)} KiB)`,
      'ms',
      true,
      {},
      {
        reference: { label: 'Yjs alone', value: summarize(runs.map((run) => run.loadMs)) },
      },
    ),
  )
}

async function manyWriters(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = await acrossServers('2 one room', async (server) => {
    const levels: (ManyWritersRun | undefined)[] = []
    for (const clients of config.writerCounts) {
      try {
        levels.push(await runManyWriters(server, clients, config.writersTiming))
      } catch (error) {
        log(`2 one room: ${server.name}, ${clients} writers failed: ${String(error)}`)
        levels.push(undefined)
      }
    }
    return levels
  })
  raw.manyWriters = runs
  config.writerCounts.forEach((clients, level) => {
    const accepted = (key: 'latencyP50' | 'latencyP99' | 'cpuMsPer1000Messages' | 'loopDelayP99') =>
      pick(runs, (levels) => {
        const run = levels[level]
        return run === undefined || run.rejected ? Number.NaN : run[key]
      })
    const generatorPeak = Math.max(
      ...Object.values(runs).flatMap((list) => list.map((levels) => levels?.[level]?.generatorCpu ?? 0)),
    )
    const note = `generator peak ${(generatorPeak * 100).toFixed(0)}% of its core`
    const figure = `2 one room, ${clients} writers`
    rows.push(
      row(figure, 'edit-to-peer p50', 'ms', true, accepted('latencyP50'), { note }),
      row(figure, 'edit-to-peer p99', 'ms', true, accepted('latencyP99')),
      row(figure, 'server CPU per 1,000 msgs', 'ms', true, accepted('cpuMsPer1000Messages')),
      row(figure, 'event-loop delay p99', 'ms', true, accepted('loopDelayP99')),
    )
  })
}

async function manyRooms(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const { documents, connections } = config.manyRooms
  const runs = await acrossServers('3 many rooms', (server) => runManyRooms(server, config.manyRooms))
  raw.manyRooms = runs
  const figure = `3 ${connections} sockets / ${documents} docs`
  rows.push(
    row(
      figure,
      'heap per document',
      'KiB',
      true,
      pick(runs, (run) => run.kibPerDocument),
    ),
    row(
      figure,
      'heap per connection',
      'KiB',
      true,
      pick(runs, (run) => run.kibPerConnection),
    ),
    row(
      figure,
      `heap growth over ${config.manyRooms.churnMs / 1000} s churn`,
      'MiB',
      true,
      pick(runs, (run) => run.churnHeapGrowthMiB),
    ),
    row(
      figure,
      `heap above start ${config.manyRooms.idleWaitMs / 1000} s after all left`,
      'MiB',
      true,
      pick(runs, (run) => run.idleHeapAboveBaselineMiB),
    ),
  )
}

async function coldLoad(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = await acrossServers('4 cold load', (server) => runColdLoad(server, config.quick))
  raw.coldLoad = runs
  const note = 'y-websocket-server keeps documents in memory only: its figures are warm loads'
  for (const { label } of coldLoadSizes(config.quick)) {
    rows.push(
      row(
        '4 cold load',
        `first sync, ${label} document`,
        'ms',
        true,
        pick(runs, (run) => run.firstSyncMs[label] ?? Number.NaN),
        { note },
      ),
    )
  }
  rows.push(
    row(
      '4 cold load',
      'small-doc edit p99 while largest loads',
      'ms',
      true,
      pick(runs, (run) => run.smallP99DuringLoadMs),
    ),
  )
}

async function durableWrites(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = await acrossServers('5 durable writes', (server) =>
    runDurableWrites(server, config.durableWrites),
  )
  raw.durableWrites = runs
  const accepted = (value: (run: Awaited<ReturnType<typeof runDurableWrites>>) => number) =>
    pick(runs, (run) => (run.rejected ? Number.NaN : value(run)))
  const figure = `5 ${config.durableWrites.documents} active docs`
  const amplification = accepted((run) => run.writeAmplification)
  // Writing nothing is not a durable write path: the in-memory peer has no amplification to compare.
  delete amplification['y-websocket-server']
  rows.push(
    row(
      figure,
      'updates acknowledged/s',
      '/s',
      false,
      accepted((run) => run.commitsPerSecond),
    ),
    row(figure, 'disk bytes per update byte', '×', true, amplification, {
      note: 'y-websocket-server writes nothing',
    }),
    row(
      figure,
      'event-loop delay p99',
      'ms',
      true,
      accepted((run) => run.loopDelayP99),
    ),
  )
}

async function offlineMerge(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = await acrossServers('6 offline merge', (server) =>
    runOfflineMerge(server, config.offlineEdits),
  )
  raw.offlineMerge = runs
  const yjs = Object.values(runs).flatMap((list) => list.map((run) => run?.yjsMergeMs ?? Number.NaN))
  rows.push(
    row(
      '6 offline merge',
      `2 × ${config.offlineEdits} offline edits converge`,
      'ms',
      true,
      pick(runs, (run) => run.convergeMs),
      {
        reference: { label: 'Yjs alone', value: summarize(yjs) },
      },
    ),
  )
}

async function browser(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = await acrossServers('7 browser', (server) => runBrowser(server, config.browser), ['zhibu'])
  raw.browser = runs
  const note = 'ours only: neither peer has a user interface'
  rows.push(
    row(
      '7 browser',
      `keystroke-to-paint p50, ${config.browser.words} words`,
      'ms',
      true,
      pick(runs, (run) => run.keystrokeP50),
      { note },
    ),
    row(
      '7 browser',
      'keystroke-to-paint p99',
      'ms',
      true,
      pick(runs, (run) => run.keystrokeP99),
    ),
    row(
      '7 browser',
      'initial JavaScript of the app shell',
      'KiB',
      true,
      pick(runs, (run) => run.initialJsKiB),
    ),
    row(
      '7 browser',
      'open a cached document offline',
      'ms',
      true,
      pick(runs, (run) => run.offlineOpenMs),
    ),
  )
}

async function crossNode(rows: Row[], raw: Record<string, unknown>): Promise<void> {
  const runs = []
  for (let round = 0; round < config.repeats; round += 1) {
    log(`8 cross-node: round ${round + 1}/${config.repeats}`)
    try {
      runs.push(
        await withinTime(
          runCrossNode(config.crossNodeClients, config.writersTiming, pinned),
          runTimeoutMs,
          '8 cross-node',
        ),
      )
    } catch (error) {
      log(`8 cross-node failed: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  raw.crossNode = runs
  const figure = `8 2 nodes, ${config.crossNodeClients} writers`
  const note =
    "zhibu column: timing clients on the other node; reference: the same clients on the writers' node"
  for (const [key, label] of [
    ['latencyP50', 'edit-to-peer p50'],
    ['latencyP99', 'edit-to-peer p99'],
  ] as const) {
    rows.push(
      row(
        figure,
        label,
        'ms',
        true,
        { zhibu: runs.map((run) => run.crossNode[key]) },
        {
          reference: { label: 'same node', value: summarize(runs.map((run) => run.sameNode[key])) },
          note,
        },
      ),
    )
  }
}

async function main(): Promise<void> {
  const started = new Date()
  const machine = machineInfo(cores)
  log(
    `${config.quick ? 'quick' : 'full'} run on ${machine.cpu}, ${machine.cores} cores, load ${machine.loadAverageAtStart.join(' ')}`,
  )
  const rows: Row[] = []
  const raw: Record<string, unknown> = {}
  const figures: [number, (rows: Row[], raw: Record<string, unknown>) => Promise<void>][] = [
    [1, calibration],
    [2, manyWriters],
    [3, manyRooms],
    [4, coldLoad],
    [5, durableWrites],
    [6, offlineMerge],
    [7, browser],
    [8, crossNode],
  ]
  for (const [number, figure] of figures) {
    if (!wanted(number)) continue
    try {
      await figure(rows, raw)
    } catch (error) {
      log(
        `figure ${number} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      )
    }
  }
  const seconds = (Date.now() - started.getTime()) / 1000
  const header = [
    `${config.quick ? 'Quick' : 'Full'} run ${started.toISOString()}, ${seconds.toFixed(0)} s, ${config.repeats} rounds per server in rotating order`,
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Linux ${machine.kernel}, Node ${machine.node}, load average at start ${machine.loadAverageAtStart.join(' ')}`,
    pinned
      ? `Servers pinned to CPU ${serverCpu}, load generator to the other`
      : 'Single core: servers and generator share it',
    'Cells: median (min–max) over the rounds; ratio: ours / best peer median (↑: higher is better, else lower is better)',
    '∞: some edits typed in the window had not arrived after the drain wait; ✗: no valid run (generator saturated, server too far behind to answer the probe, or the run failed: see the log)',
  ]
  const notes = [
    ...new Set(
      rows.filter((entry) => entry.note !== undefined).map((entry) => `- ${entry.figure}: ${entry.note}`),
    ),
  ]
  console.log(`\n${header.join('\n')}\n\n${textTable(rows)}\n\n${notes.join('\n')}`)

  mkdirSync(resultsDir, { recursive: true })
  const stamp = started.toISOString().replace(/[:.]/g, '-')
  const record = { started: started.toISOString(), seconds, config, machine, pinned, rows, raw }
  writeFileSync(
    join(resultsDir, `${stamp}${config.quick ? '-quick' : ''}.json`),
    `${JSON.stringify(record, null, 2)}\n`,
  )
  writeFileSync(
    join(resultsDir, 'latest.md'),
    `# Latest bench run\n\n${header.map((line) => `${line}  `).join('\n')}\n\n${markdownTable(rows)}\n\n${notes.join('\n')}\n`,
  )
  log(`results in bench/results/${stamp}${config.quick ? '-quick' : ''}.json and bench/results/latest.md`)
}

await main()
process.exit(0)
