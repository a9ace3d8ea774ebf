import { waitFor } from '../../testing/waitFor'
import { AckLedger } from '../support/AckLedger'
import { CloseObserver } from './CloseObserver'
import { History } from '../support/History'
import { LedgerClient } from '../support/LedgerClient'
import { SeededRandom } from '../../testing/SeededRandom'
import { ServerApi } from '../support/ServerApi'
import type { StoreUnderTest } from '../support/StoreUnderTest'
import { keepEditing, type EditingPace } from '../support/keepEditing'
import { sleep } from '../support/sleep'
import { spawnServerProcess, type ServerProcess } from '../support/spawnServerProcess'
import { verifyLedger } from '../support/verifyLedger'

/** Sizes of a graceful-stop run. */
export interface StopSizes {
  clients: number
  stops: number
}

/** One SIGTERM: how long the process took to exit, how it exited, how its open sockets were closed. */
export interface StopRecord {
  stop: number
  termAfterMs: number
  /** From the signal to the exit, as the busy test process saw it: reported, not checked. */
  exitMs: number
  /** From the signal to the `closed` log line, on the server's own clock; Infinity when it never logged it. */
  serverCloseMs: number
  code: number | null
  signal: string | null
  /** What the editing clients, all in the busy test process, saw. */
  closeCodes: number[]
  /** What the {@link CloseObserver}, in a process of its own, saw. */
  observerCode: number
  missingAfterRestart: number
}

/** What a graceful-stop run saw. */
export interface StopOutcome {
  seed: number
  stops: StopRecord[]
  edits: number
  acknowledged: number
  seen: number
  promised: number
  lost: number
  history: History
}

/** The `closeMs` of the server's `closed` log line, which may be read shortly after the exit is seen. */
async function loggedCloseMs(server: ServerProcess): Promise<number> {
  const find = (): number | undefined => {
    for (const line of server.recentOutput().split('\n')) {
      try {
        const entry = JSON.parse(line) as { msg?: string; closeMs?: number }
        if (entry.msg === 'closed' && typeof entry.closeMs === 'number') return entry.closeMs
      } catch {
        // not a log line
      }
    }
    return undefined
  }
  return waitFor('the closed log line', find, 5_000).catch(() => Number.POSITIVE_INFINITY)
}

/** Edits per client per life: more than fit before the SIGTERM, so editing is still going on when it comes. */
const editsPerLife = 400
/**
 * About 160 edits a second per client, 1,600 for the ten: heavy for a branch committee, yet a load the server keeps
 * up with. At the flood pace of suite 2 the backlog grows with the document until a stop spends seconds committing
 * it, and the one test process running every client reads its sockets too slowly to answer the close handshake.
 */
const heavyPace: EditingPace = { burst: [1, 4], pauseMs: [5, 25] }

/**
 * SIGTERM during heavy editing, again and again: the process must exit by itself (code 0) within the 10 s the
 * server promises, close every open socket with 1001, and after a restart hold every edit it acknowledged or
 * broadcast. Each stop records the time from the signal to the process's exit.
 */
export async function runGracefulStops(
  store: StoreUnderTest,
  seed: number,
  sizes: StopSizes,
): Promise<StopOutcome> {
  const random = new SeededRandom(seed)
  const history = new History()
  const ledger = new AckLedger()
  const stops: StopRecord[] = []
  const spawn = (): Promise<ServerProcess> =>
    spawnServerProcess({ dataDir: store.dataDir, databaseUrl: store.databaseUrl })
  let server = await spawn()
  try {
    const admin = await ServerApi.login(server.url, 'admin', 'admin-password')
    const unitId = await admin.createBranch('停机测试支部')
    const docId = await admin.createDocument(unitId, '停机测试文档')
    const [observerToken, ...tokens] = await admin.createEditors(unitId, sizes.clients + 1, 'stop')
    for (let stop = 1; stop <= sizes.stops; stop++) {
      const lifeRandom = random.fork(`stop ${stop}`)
      const clients = LedgerClient.forLife(`s${stop}`, server.syncUrl, docId, tokens, ledger, lifeRandom)
      let stopped = false
      const closeCodes: number[] = []
      let exit
      let termAfterMs = 0
      let termAt = 0
      let observer: CloseObserver | undefined
      let observerCode = -1
      try {
        await waitFor('every client synced', () => clients.every((client) => client.provider.synced), 30_000)
        observer = await CloseObserver.open(server.syncUrl, docId, observerToken!)
        const editing = keepEditing(clients, lifeRandom, editsPerLife, () => stopped, heavyPace)
        termAfterMs = lifeRandom.between(100, 600)
        await sleep(termAfterMs)
        // The sockets open at the moment of the signal are the ones the server must close with 1001.
        const open = clients.flatMap((client) => {
          const ws = client.provider.ws
          return ws !== null && ws.readyState === ws.OPEN ? [ws] : []
        })
        let closed = 0
        for (const ws of open)
          ws.addEventListener('close', (event) => {
            closeCodes.push(event.code)
            closed++
          })
        termAt = Date.now()
        server.child.kill('SIGTERM')
        exit = await server.exited
        stopped = true
        observerCode = await observer.closeCode(10_000)
        await editing
        await waitFor('every open socket closed', () => closed === open.length, 10_000).catch(() => undefined)
        if (closed < open.length) closeCodes.push(...Array<number>(open.length - closed).fill(-1))
      } finally {
        stopped = true
        observer?.kill()
        for (const client of clients) client.destroy()
      }
      const serverCloseMs = await loggedCloseMs(server)
      server = await spawn()
      const missing = (await verifyLedger(server.syncUrl, docId, tokens[0]!, ledger)).length
      const record: StopRecord = {
        stop,
        termAfterMs,
        exitMs: exit.at - termAt,
        serverCloseMs,
        code: exit.code,
        signal: exit.signal,
        closeCodes,
        observerCode,
        missingAfterRestart: missing,
      }
      stops.push(record)
      history.add({ kind: 'stop', ...record, ...ledger.counts() })
    }
    return { seed, stops, ...ledger.counts(), history }
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
  }
}
