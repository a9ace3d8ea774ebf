import { readFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { defaultSyncLimits } from '../../sync/SyncLimits'
import { RawSyncClient } from '../../testing/RawSyncClient'
import { seedTestOrganisation } from '../../testing/seedTestOrganisation'
import { TestServer } from '../../testing/TestServer'
import { waitFor } from '../../testing/waitFor'
import { settledMemory } from '../protocol/processHealth'
import { suiteSize } from '../protocol/suiteSize'
import { syncFrames } from '../protocol/syncFrames'
import type { FloodSettings } from './flooder'
import { spawnFlooder, type Flooder } from './spawnFlooder'
import { TimedEditor, type EditTiming } from './timedEditor'

/** Edits per phase (quiet and flooded), in alternating windows of {@link editsPerWindow}. */
const editsPerPhase = suiteSize('FLOOD_EDITS', 100, 1_000)
const editsPerWindow = 10
/** The acceptance criterion of issue 7: median edit latency under flood within 2× the quiet median. */
const maxLatencyRatio = 2
const maxHeapGrowthMiB = 64
const maxRssGrowthMiB = 256

/** Wall, on-CPU and run-queue time of this thread over start/stop intervals (Linux schedstat). */
class ThreadTime {
  private wallMs = 0
  private cpuMs = 0
  private waitMs = 0
  private mark: { wall: number; cpu: number; wait: number } | undefined

  private static read(): { wall: number; cpu: number; wait: number } {
    const [cpu = 0, wait = 0] = readFileSync('/proc/thread-self/schedstat', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number)
    return { wall: performance.now(), cpu: cpu / 1e6, wait: wait / 1e6 }
  }

  start(): void {
    this.mark = ThreadTime.read()
  }

  stop(): void {
    const now = ThreadTime.read()
    if (this.mark === undefined) return
    this.wallMs += now.wall - this.mark.wall
    this.cpuMs += now.cpu - this.mark.cpu
    this.waitMs += now.wait - this.mark.wait
  }

  summary(): string {
    const share = (ms: number) => `${((ms / this.wallMs) * 100).toFixed(0)}%`
    return `${this.wallMs.toFixed(0)} ms wall, on CPU ${share(this.cpuMs)}, waiting for a CPU ${share(this.waitMs)}`
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

describe('floods: limits hold, memory stays bounded, a well-behaved editor keeps its latency', () => {
  let server: TestServer | undefined
  let flooder: Flooder | undefined
  let editor: TimedEditor | undefined
  afterEach(async () => {
    await flooder?.stop().catch(() => undefined)
    await editor?.close()
    await server?.close()
    server = flooder = editor = undefined
  })

  it(`awareness, pre-auth, oversized-frame and login floods: ${editsPerPhase} edits quiet vs flooded`, async () => {
    // Production limits throughout (TestServer only shortens the idle unload and the re-check).
    server = await TestServer.start({ sync: { ...defaultSyncLimits } })
    const org = await seedTestOrganisation(server)
    editor = await TimedEditor.connect(server.syncUrl, org.docA, org.users.editorA.token)
    flooder = await spawnFlooder({
      httpUrl: server.url,
      syncUrl: server.syncUrl,
      room: org.docA,
      tokens: [org.users.memberA.token, org.users.supervisor.token, org.users.certifier.token],
      oversizedToken: org.adminToken,
      usernames: ['memberA', 'supervisor', 'certifier', 'no-such-user'],
      awarenessSockets: 12,
      hangingSockets: 300,
      ...(process.env.ZHIBU_FLOOD_KINDS === undefined
        ? {}
        : { kinds: process.env.ZHIBU_FLOOD_KINDS.split(',') as FloodSettings['kinds'] }),
    })
    for (let warm = 0; warm < 10; warm++) await editor.edit()
    const memoryBefore = settledMemory()

    // Alternating windows, so load from anything else on the machine weighs on both phases alike.
    const quiet: EditTiming[] = []
    const flooded: EditTiming[] = []
    // Where the server thread's time went in each phase: on a CPU, or runnable but waiting for one.
    const threadTime = { quiet: new ThreadTime(), flooded: new ThreadTime() }
    while (flooded.length < editsPerPhase) {
      flooder.pause()
      await pause(300)
      threadTime.quiet.start()
      for (let index = 0; index < editsPerWindow; index++) {
        quiet.push(await editor.edit())
        await pause(10)
      }
      threadTime.quiet.stop()
      flooder.flood()
      await pause(300)
      threadTime.flooded.start()
      for (let index = 0; index < editsPerWindow; index++) {
        flooded.push(await editor.edit())
        await pause(10)
      }
      threadTime.flooded.stop()
    }
    console.log(
      `floods: server thread quiet ${threadTime.quiet.summary()}; flooded ${threadTime.flooded.summary()}`,
    )
    const report = await flooder.stop()
    flooder = undefined
    expect(editor.open).toBe(true)
    await waitFor('flood sockets gone', () => server!.running.rooms.connectionCount === 1, 15_000)
    const memoryAfter = settledMemory()

    const quartiles = (values: number[]) =>
      [0.25, 0.5, 0.75, 0.95].map((q) =>
        [...values].sort((a, b) => a - b)[Math.floor(q * values.length)]!.toFixed(0),
      )
    const wall = { quiet: quiet.map((edit) => edit.wallMs), flooded: flooded.map((edit) => edit.wallMs) }
    const own = { quiet: quiet.map((edit) => edit.ownMs), flooded: flooded.map((edit) => edit.ownMs) }
    const wallRatio = median(wall.flooded) / median(wall.quiet)
    const ownRatio = median(own.flooded) / median(own.quiet)
    const [load] = loadavg()
    console.log(
      `floods: edit latency median quiet ${median(wall.quiet).toFixed(1)} ms, flooded ${median(wall.flooded).toFixed(1)} ms ` +
        `(ratio ${wallRatio.toFixed(2)}); without CPU waits ${median(own.quiet).toFixed(1)} / ` +
        `${median(own.flooded).toFixed(1)} ms (ratio ${ownRatio.toFixed(2)}); quartiles quiet ${quartiles(wall.quiet).join('/')}, ` +
        `flooded ${quartiles(wall.flooded).join('/')} ms; ${quiet.length}/${flooded.length} edits; load ${load?.toFixed(1)} on ` +
        `${cpus().length} CPUs; heap ${memoryBefore.heapMiB.toFixed(1)} → ${memoryAfter.heapMiB.toFixed(1)} MiB, ` +
        `RSS ${memoryBefore.rssMiB.toFixed(0)} → ${memoryAfter.rssMiB.toFixed(0)} MiB; ${JSON.stringify(report)}`,
    )

    // The limits held: flooders were cut off with the documented codes, logins throttled with Retry-After.
    expect(Object.keys(report.awarenessCloses).every((code) => ['4429', '1005', '1000'].includes(code))).toBe(
      true,
    )
    expect(report.awarenessCloses['4429']).toBeGreaterThan(0)
    expect(Object.keys(report.preAuthCloses)).toEqual(['4401'])
    expect(Object.keys(report.oversizedCloses)).toEqual(['1009'])
    expect(report.loginStatuses['429']).toBeGreaterThan(0)
    expect(report.retryAfterMissing).toBe(0)
    expect(Object.keys(report.loginStatuses).every((status) => ['401', '429'].includes(status))).toBe(true)
    expect(report.loginCodes.TOO_MANY_ATTEMPTS).toBeGreaterThan(0)

    expect(memoryAfter.heapMiB - memoryBefore.heapMiB).toBeLessThan(maxHeapGrowthMiB)
    expect(memoryAfter.rssMiB - memoryBefore.rssMiB).toBeLessThan(maxRssGrowthMiB)
    // The criterion of issue 7 on wall-clock medians. The flooder runs niced, so it floods with the CPU the server
    // leaves idle instead of taking one of the machine's two CPUs from it (a real attacker's CPU is elsewhere); the
    // own-latency ratio (CPU waits removed) is printed beside it to show how much other processes weighed.
    expect(wallRatio).toBeLessThanOrEqual(maxLatencyRatio)
  })
})

describe('rate-limit penalty', () => {
  it('refuses a rate-limited user’s new sockets with 4429 until the penalty ends, before any document work', async () => {
    const server = await TestServer.start({
      sync: { perConnection: { ratePerSecond: 1, burst: 5 }, rateLimitPenaltyMs: 1_500 },
    })
    try {
      const org = await seedTestOrganisation(server)
      const open = (token: string) => RawSyncClient.connect(server.syncUrl, org.docA, token)
      const flooder = open(org.users.memberA.token)
      await flooder.opened
      for (let index = 0; index < 20; index++) flooder.send(syncFrames.queryAwareness())
      expect(await flooder.closed).toBe(4429)
      const otherSession = await server.login('memberA', 'password-123')
      for (const token of [org.users.memberA.token, otherSession]) {
        const refused = open(token)
        expect(await refused.closed).toBe(4429)
        expect(refused.messages).toEqual([])
      }
      // Other users are not affected.
      const editor = open(org.users.editorA.token)
      await editor.opened
      await pause(1_600)
      const again = open(org.users.memberA.token)
      await again.opened
      await waitFor('welcome after the penalty', () => again.messages.length > 0)
      expect(again.closeCode).toBeUndefined()
      for (const client of [editor, again]) client.ws.close()
    } finally {
      await server.close()
    }
  })
})
