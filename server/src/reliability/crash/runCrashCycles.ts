import { waitFor } from '../../testing/waitFor'
import { AckLedger } from '../support/AckLedger'
import { History } from '../support/History'
import { LedgerClient } from '../support/LedgerClient'
import { SeededRandom } from '../../testing/SeededRandom'
import { ServerApi } from '../support/ServerApi'
import type { StoreUnderTest } from '../support/StoreUnderTest'
import { keepEditing } from '../support/keepEditing'
import { sleep } from '../support/sleep'
import { verifyLedger } from '../support/verifyLedger'
import { spawnServerProcess, type ServerProcess } from '../support/spawnServerProcess'

/** Sizes of a crash run. */
export interface CrashSizes {
  clients: number
  editsPerClient: number
  minKills: number
}

/** What a crash run counted. */
export interface CrashOutcome {
  seed: number
  store: string
  kills: number
  edits: number
  acknowledged: number
  seen: number
  promised: number
  lost: number
  integrityProblems: string[]
  /** Mean time per life of each phase, so a slow run shows where its time went. */
  meanPhaseMs: { sync: number; edit: number; spawn: number; verify: number }
  lostKeys: string[]
  history: History
}

/**
 * Jepsen-style crash run against a spawned server: clients edit one document hard while the server is killed with
 * SIGKILL at a random moment, again and again. After every kill the clients are dropped with their caches, the
 * stored files are checked, the server restarts on the same store, and every edit that was acknowledged (`?ack=1`)
 * or seen by another client, in this life or any before, must be in the document read back. Runs until at least
 * `minKills` kills and `clients × editsPerClient` edits.
 */
export async function runCrashCycles(
  store: StoreUnderTest,
  seed: number,
  sizes: CrashSizes,
): Promise<CrashOutcome> {
  const random = new SeededRandom(seed)
  const history = new History()
  const ledger = new AckLedger()
  const integrityProblems: string[] = []
  const spawn = (): Promise<ServerProcess> =>
    spawnServerProcess({ dataDir: store.dataDir, databaseUrl: store.databaseUrl })
  let server = await spawn()
  let kills = 0
  try {
    const admin = await ServerApi.login(server.url, 'admin', 'admin-password')
    const unitId = await admin.createBranch('崩溃测试支部')
    const docId = await admin.createDocument(unitId, '崩溃测试文档')
    // One user per client, as in a real branch committee (and each stays within its own rate limit).
    const tokens = await admin.createEditors(unitId, sizes.clients, 'crash')
    const target = sizes.clients * sizes.editsPerClient
    // Enough per life that the minimum number of kills also reaches the edit target, with room for early kills.
    const editsPerLife = Math.ceil((sizes.editsPerClient / Math.max(1, sizes.minKills)) * 1.6)
    for (let life = 1; kills < sizes.minKills || ledger.size < target; life++) {
      const lifeRandom = random.fork(`life ${life}`)
      const clients = LedgerClient.forLife(`l${life}`, server.syncUrl, docId, tokens, ledger, lifeRandom)
      let killed = false
      const phases = { syncMs: 0, editMs: 0, spawnMs: 0, verifyMs: 0 }
      let phaseStart = Date.now()
      const lap = (phase: keyof typeof phases): void => {
        phases[phase] = Date.now() - phaseStart
        phaseStart = Date.now()
      }
      try {
        await waitFor('every client synced', () => clients.every((client) => client.provider.synced), 30_000)
        lap('syncMs')
        const lifeEdits = ledger.size
        const editing = keepEditing(clients, lifeRandom, editsPerLife, () => killed)
        // The kill comes at a random point of the life's editing (30–100 % of it, so timer speed on a loaded machine
        // does not decide how much is edited), or 0–300 ms after the last burst while acks still drain.
        const killAt = lifeRandom.between(30, 130) / 100
        const quota = editsPerLife * clients.length
        await waitFor(
          'the kill moment',
          () => ledger.size - lifeEdits >= Math.min(1, killAt) * quota,
          120_000,
        )
        const killAfter = killAt > 1 ? lifeRandom.int(300) : 0
        await sleep(killAfter)
        server.child.kill('SIGKILL')
        killed = true
        const exit = await server.exited
        kills++
        await editing
        lap('editMs')
        history.add({ kind: 'kill', life, killAt, killAfter, signal: exit.signal, ...ledger.counts() })
      } finally {
        killed = true
        for (const client of clients) client.destroy()
      }
      const problems = store.check()
      if (problems.length > 0) {
        integrityProblems.push(...problems.map((problem) => `after kill ${kills}: ${problem}`))
        history.add({ kind: 'integrity', life, problems })
      }
      phaseStart = Date.now()
      server = await spawn()
      lap('spawnMs')
      const missing = (await verifyLedger(server.syncUrl, docId, tokens[0]!, ledger)).length
      lap('verifyMs')
      history.add({ kind: 'restart', life, missing, ...phases })
    }
    server.child.kill('SIGTERM')
    const exit = await server.exited
    history.add({ kind: 'stop', code: exit.code })
    const counts = ledger.counts()
    const restarts = history.events.filter((event) => event.kind === 'restart')
    const mean = (field: string): number =>
      Math.round(
        restarts.reduce((sum, event) => sum + Number(event[field] ?? 0), 0) / Math.max(1, restarts.length),
      )
    return {
      meanPhaseMs: {
        sync: mean('syncMs'),
        edit: mean('editMs'),
        spawn: mean('spawnMs'),
        verify: mean('verifyMs'),
      },
      seed,
      store: store.kind,
      kills,
      ...counts,
      integrityProblems,
      lostKeys: [...ledger.lost].slice(0, 50),
      history,
    }
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL')
      await server.exited
    }
  }
}
