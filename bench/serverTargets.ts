import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { apiRequest } from './apiRequest'
import { spawnTracked, stopChild } from './childProcesses'
import { freePort } from './freePort'
import { processCpuSeconds, processRssBytes, processWriteBytes } from './procStats'

/** The three servers compared: ours and the two peers. */
export type TargetName = 'zhibu' | 'y-websocket-server' | 'hocuspocus'
export const targetNames: readonly TargetName[] = ['zhibu', 'y-websocket-server', 'hocuspocus']

/** Wire dialect: y-websocket framing (ours and the reference server) or Hocuspocus (document name prefix, auth). */
export type Dialect = 'y-websocket' | 'hocuspocus'

/** One line written by probe/eventLoopProbe.mjs. */
export interface ProbeSample {
  seq: number
  delay: { p50: number; p99: number; max: number }
  cpuSeconds: number
  heapUsed: number
  rss: number
  external: number
}

/** A server process under test. */
export interface ServerHandle {
  name: TargetName
  dialect: Dialect
  /** What persistence this server runs with, for the report. */
  persistence: string
  readonly pid: number
  readonly port: number
  /** Where client `index` connects for `room`. */
  socketUrl(room: string, index: number): string
  /** Creates `count` documents and returns their room names. */
  createRooms(count: number): Promise<string[]>
  /** Makes sure `clients` sockets can write without one user's rate limit applying to all (ours only). */
  prepareClients(clients: number, perUser: number): Promise<void>
  /** Event-loop delay since the last probe, CPU and memory after a full GC; rejects after `timeoutMs`. */
  probe(timeoutMs?: number): Promise<ProbeSample>
  cpuSeconds(): number
  writeBytes(): number
  rssBytes(): number
  /** Stops and starts the process on the same data (cold caches); false for servers without persistence. */
  restart(): Promise<boolean>
  stop(): Promise<void>
}

const benchDir = fileURLToPath(new URL('.', import.meta.url))
const repoRoot = join(benchDir, '..')
const probeFile = join(benchDir, 'probe/eventLoopProbe.mjs')
const admin = { username: 'bench', password: 'bench-password-2026' }
const userPassword = 'bench-user-password-2026'

/** CPU the servers are pinned to (the generator takes the other); none on a single-core machine. */
export const serverCpu = process.env.BENCH_SERVER_CPU ?? '1'

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`server at ${url} did not become ready`)
}

interface Spawned {
  child: ChildProcess
  port: number
  probePath: string
  probeSeq: number
}

async function spawnServer(
  entry: string,
  env: Record<string, string>,
  readyPath: string,
  pinned: boolean,
): Promise<Spawned> {
  const port = await freePort()
  const probeDir = mkdtempSync(join(tmpdir(), 'zhibu-bench-probe-'))
  const probePath = join(probeDir, 'probe.jsonl')
  const nodeArgs = ['--expose-gc', '--import', 'tsx', '--import', probeFile, entry]
  const [command, args]: [string, string[]] = pinned
    ? ['taskset', ['-c', serverCpu, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs]
  const child = spawnTracked(command, args, {
    cwd: benchDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', BENCH_PROBE_FILE: probePath },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  child.once('exit', () => rmSync(probeDir, { recursive: true, force: true }))
  await waitForHttp(`http://127.0.0.1:${port}${readyPath}`, child)
  return { child, port, probePath, probeSeq: 0 }
}

async function readProbe(spawned: Spawned, timeoutMs = 60_000): Promise<ProbeSample> {
  spawned.probeSeq += 1
  spawned.child.kill('SIGUSR2')
  // A saturated server answers once it has worked through its backlog.
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (existsSync(spawned.probePath)) {
      const lines = readFileSync(spawned.probePath, 'utf8').trim().split('\n')
      const last = JSON.parse(lines[lines.length - 1] ?? '{}') as ProbeSample
      if (last.seq === spawned.probeSeq) return last
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error('probe did not answer')
}

function processFigures(spawned: () => Spawned) {
  return {
    get pid() {
      return spawned().child.pid ?? 0
    },
    get port() {
      return spawned().port
    },
    probe: (timeoutMs?: number) => readProbe(spawned(), timeoutMs),
    cpuSeconds: () => processCpuSeconds(spawned().child.pid ?? 0),
    writeBytes: () => processWriteBytes(spawned().child.pid ?? 0),
    rssBytes: () => processRssBytes(spawned().child.pid ?? 0),
  }
}

/** Options of {@link startTarget}. */
export interface TargetOptions {
  pinned: boolean
  /** Extra environment for ours (DATABASE_URL, REDIS_URL…). */
  env?: Record<string, string>
}

async function startZhibu(options: TargetOptions): Promise<ServerHandle> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhibu-bench-data-'))
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'error',
    ZHIBU_ADMIN_USER: admin.username,
    ZHIBU_ADMIN_PASSWORD: admin.password,
    ...options.env,
  }
  const entry = join(repoRoot, 'server/src/main.ts')
  let spawned = await spawnServer(entry, env, '/readyz', options.pinned)
  const base = (): string => `http://127.0.0.1:${spawned.port}`
  const { token } = await apiRequest<{ token: string }>(base(), 'POST', '/api/auth/login', null, admin)
  const unit = await apiRequest<{ id: string }>(base(), 'POST', '/api/units', token, {
    name: '基准测试支部',
    kind: 'branch',
  })
  const { templates } = await apiRequest<{ templates: { id: string }[] }>(
    base(),
    'GET',
    '/api/templates',
    token,
  )
  const templateId = templates[0]?.id
  if (templateId === undefined) throw new Error('no templates')
  const tokens = [token]
  let perUserClients = 20

  return {
    name: 'zhibu',
    dialect: 'y-websocket',
    persistence: options.env?.DATABASE_URL
      ? 'Postgres, every update committed before broadcast'
      : 'SQLite (WAL, synchronous=FULL), every update committed before broadcast',
    ...processFigures(() => spawned),
    socketUrl: (room, index) =>
      `ws://127.0.0.1:${spawned.port}/sync/${room}?token=${tokens[Math.floor(index / perUserClients) % tokens.length]}`,
    async createRooms(count) {
      const rooms = new Array<string>(count)
      let nextIndex = 0
      const worker = async (): Promise<void> => {
        for (let index = nextIndex++; index < count; index = nextIndex++) {
          const { id } = await apiRequest<{ id: string }>(base(), 'POST', '/api/docs', token, {
            unitId: unit.id,
            templateId,
            title: `基准 ${index + 1}`,
          })
          rooms[index] = id
        }
      }
      await Promise.all(Array.from({ length: 4 }, worker))
      return rooms
    },
    async prepareClients(clients, perUser) {
      perUserClients = perUser
      const needed = Math.ceil(clients / perUser)
      while (tokens.length < needed) {
        const username = `bench-user-${tokens.length}`
        const { id } = await apiRequest<{ id: string }>(base(), 'POST', '/api/users', token, {
          username,
          password: userPassword,
          displayName: `基准用户${tokens.length}`,
        })
        await apiRequest(base(), 'PUT', `/api/units/${unit.id}/roles/${id}`, token, { role: 'editor' })
        const login = await apiRequest<{ token: string }>(base(), 'POST', '/api/auth/login', null, {
          username,
          password: userPassword,
        })
        tokens.push(login.token)
      }
    },
    async restart() {
      await stopChild(spawned.child)
      spawned = await spawnServer(entry, env, '/readyz', options.pinned)
      return true
    },
    async stop() {
      await stopChild(spawned.child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function startYWebsocketServer(options: TargetOptions): Promise<ServerHandle> {
  const entry = join(benchDir, 'node_modules/@y/websocket-server/src/server.js')
  const spawned = await spawnServer(entry, {}, '/', options.pinned)
  let next = 0
  return {
    name: 'y-websocket-server',
    dialect: 'y-websocket',
    persistence:
      'none (in memory; its LevelDB option needs the leveldown native build, which is not allowed here)',
    ...processFigures(() => spawned),
    socketUrl: (room) => `ws://127.0.0.1:${spawned.port}/${room}`,
    createRooms: (count) => Promise.resolve(Array.from({ length: count }, () => `bench-${(next += 1)}`)),
    prepareClients: () => Promise.resolve(),
    restart: () => Promise.resolve(false),
    stop: () => stopChild(spawned.child),
  }
}

async function startHocuspocus(options: TargetOptions): Promise<ServerHandle> {
  const dataDir = mkdtempSync(join(tmpdir(), 'zhibu-bench-hocuspocus-'))
  const entry = join(benchDir, 'peers/hocuspocusServer.ts')
  const env = { BENCH_DATA_DIR: dataDir }
  let spawned = await spawnServer(entry, env, '/', options.pinned)
  let next = 0
  return {
    name: 'hocuspocus',
    dialect: 'hocuspocus',
    persistence:
      'SQLite via extension-database + better-sqlite3 (WAL, synchronous=FULL): whole state stored 2–10 s after changes',
    ...processFigures(() => spawned),
    socketUrl: () => `ws://127.0.0.1:${spawned.port}/`,
    createRooms: (count) => Promise.resolve(Array.from({ length: count }, () => `bench-${(next += 1)}`)),
    prepareClients: () => Promise.resolve(),
    async restart() {
      await stopChild(spawned.child)
      spawned = await spawnServer(entry, env, '/', options.pinned)
      return true
    },
    async stop() {
      await stopChild(spawned.child)
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** Starts one server under test as its own process, pinned to {@link serverCpu} when `pinned`. */
export function startTarget(name: TargetName, options: TargetOptions): Promise<ServerHandle> {
  switch (name) {
    case 'zhibu':
      return startZhibu(options)
    case 'y-websocket-server':
      return startYWebsocketServer(options)
    case 'hocuspocus':
      return startHocuspocus(options)
  }
}
