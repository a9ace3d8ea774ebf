import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { startTarget, type ServerHandle } from '../serverTargets'
import { runManyWriters, type ManyWritersRun } from './manyWriters'

/** Figure 8: the same load with the timing clients on the writers' node and on a second node. */
export interface CrossNodeRun {
  sameNode: ManyWritersRun
  crossNode: ManyWritersRun
}

const postgresUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'
const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379'

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresUrl })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** The four timing clients (the lowest indexes in runManyWriters) join through `other`, the writers through `main`. */
function splitAcrossNodes(main: ServerHandle, other: ServerHandle): ServerHandle {
  return {
    ...main,
    get pid() {
      return main.pid
    },
    get port() {
      return main.port
    },
    socketUrl: (room, index) => {
      const url = main.socketUrl(room, index)
      return index < 4 ? url.replace(`:${main.port}/`, `:${other.port}/`) : url
    },
    createRooms: (count) => main.createRooms(count),
    prepareClients: (clients, perUser) => main.prepareClients(clients, perUser),
    probe: () => main.probe(),
    cpuSeconds: () => main.cpuSeconds(),
    writeBytes: () => main.writeBytes(),
    rssBytes: () => main.rssBytes(),
  }
}

/** Two nodes of ours on one Postgres database and one Redis (fresh database and channel prefix per run). */
export async function runCrossNode(
  clients: number,
  timing: { warmupMs: number; measureMs: number; drainMs: number },
  pinned: boolean,
): Promise<CrossNodeRun> {
  const database = `zhibu_bench_${randomBytes(6).toString('hex')}`
  await adminQuery(`CREATE DATABASE ${database}`)
  const url = new URL(postgresUrl)
  url.pathname = `/${database}`
  const env = { DATABASE_URL: url.toString(), REDIS_URL: redisUrl, REDIS_PREFIX: `${database}:` }
  const started: ServerHandle[] = []
  try {
    const first = await startTarget('zhibu', { pinned, env })
    started.push(first)
    const second = await startTarget('zhibu', { pinned, env })
    started.push(second)
    const sameNode = await runManyWriters(first, clients, timing)
    const crossNode = await runManyWriters(splitAcrossNodes(first, second), clients, timing)
    return { sameNode, crossNode }
  } finally {
    for (const server of started.reverse()) await server.stop()
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
  }
}
