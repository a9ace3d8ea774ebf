import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { waitForSync } from '../testing/connectProvider'
import { waitFor } from '../testing/waitFor'
import { createSharedDocument } from './createSharedDocument'
import { EditingClients } from './EditingClients'
import { createPostgresTestDatabase } from './postgresTestDatabase'
import { readStoredDocument } from './readStoredDocument'
import { SeededRandom } from '../testing/SeededRandom'
import { spawnNode, type SpawnedNode } from './spawnNode'
import { StoredStateSampler } from './StoredStateSampler'
import { TcpProxy } from './TcpProxy'
import { ThrowawayRedis } from './ThrowawayRedis'
import { uniqueRedisPrefix } from './testRedisUrl'

const clientCount = 12
process.setMaxListeners(clientCount + 10)
const seed = Number(process.env.ZHIBU_SEED ?? Date.now() % 1_000_000)
const recoveryMs = 5_000

/** The node's `/readyz` status; 0 when it does not answer within 2 s. */
async function readyStatus(node: SpawnedNode): Promise<number> {
  try {
    return (await fetch(`${node.url}/readyz`, { signal: AbortSignal.timeout(2_000) })).status
  } catch {
    return 0
  }
}

// Its own redis-server, since this test kills it: the shared test Redis serves other suites.
describe(`two nodes across a Redis restart and a partition (seed ${seed})`, () => {
  const nodes: SpawnedNode[] = []
  let redis: ThrowawayRedis | undefined
  let proxy: TcpProxy | undefined
  let databaseUrl = ''
  let dropDatabase: () => Promise<void> = () => Promise.resolve()
  let editing: EditingClients
  let sampler: StoredStateSampler | undefined
  let docId = ''

  beforeAll(async () => {
    console.log(`redis-restart seed ${seed} (replay with ZHIBU_SEED=${seed})`)
    redis = await ThrowawayRedis.start()
    const database = await createPostgresTestDatabase()
    dropDatabase = database.drop
    databaseUrl = database.url
    const settings = { databaseUrl, redisUrl: redis.url, redisPrefix: uniqueRedisPrefix() }
    // The first node reaches Redis through a relay the test can cut: a partition of that node alone.
    proxy = await TcpProxy.start(redis.port)
    nodes.push(await spawnNode({ ...settings, redisUrl: `redis://127.0.0.1:${proxy.port}` }))
    nodes.push(await spawnNode(settings))
    for (const node of nodes) await waitFor('node ready', async () => (await readyStatus(node)) === 200)
    const shared = await createSharedDocument(nodes[0]!)
    docId = shared.docId
    editing = new EditingClients(docId, shared.token)
    sampler = await StoredStateSampler.start(databaseUrl, docId)
  }, 60_000)

  afterAll(async () => {
    editing?.destroy()
    await sampler?.stop().catch(() => undefined)
    for (const node of nodes) node.child.kill('SIGKILL')
    await Promise.all(nodes.map((node) => node.exited))
    await proxy?.close()
    await redis?.stop()
    await dropDatabase()
  }, 30_000)

  it('catches up from the store after Redis comes back, converging within 5 s, and the saved state never goes backwards', async () => {
    const random = new SeededRandom(seed).asFunction()
    for (let index = 0; index < clientCount; index++) editing.connect(index, nodes[index % 2]!)
    await Promise.all(editing.clients.map((client) => waitForSync(client.provider)))
    await editing.editRounds(random, 5)
    await waitFor('convergence before the outage', () => editing.converged(), 10_000)

    await redis!.stop()
    for (const node of nodes)
      await waitFor('not ready without Redis', async () => (await readyStatus(node)) === 503)
    // Clients stay connected to their node; those of the first keep editing. Nothing crosses to the second node
    // now (had its own clients written too, its next commit would have revealed the seq gap and caught up).
    const onFirst = (client: { node: SpawnedNode }): boolean => client.node === nodes[0]
    await editing.editRounds(random, 10, { only: onFirst })
    await new Promise((resolve) => setTimeout(resolve, 300))
    const firstKeys = editing.clients.filter(onFirst).flatMap((client) => [...client.edits.keys()])
    const second = editing.clients.find((client) => !onFirst(client))!
    // The outage was real: the second node's clients lack edits made through the first.
    expect(firstKeys.filter((key) => !second.doc.getMap('edits').has(key)).length).toBeGreaterThan(0)

    // No edit after recovery: only catching up from the store (not a later message revealing a gap) can converge.
    await redis!.restart()
    const recoveredAt = Date.now()
    await waitFor('convergence after Redis is back', () => editing.converged(), recoveryMs)
    console.log(`redis restart: converged ${Date.now() - recoveredAt} ms after Redis was back`)
    for (const node of nodes) await waitFor('ready again', async () => (await readyStatus(node)) === 200)

    // Fan-out works again for new edits.
    await editing.editRounds(random, 3)
    await waitFor('convergence after more edits', () => editing.converged(), 10_000)
    const stored = await readStoredDocument(databaseUrl, docId)
    expect(stored.getText('t').toJSON()).toBe(editing.clients[0]!.doc.getText('t').toJSON())
    expect([...stored.getMap('edits').keys()].sort()).toEqual(editing.expectedKeys())

    const samples = await sampler!.stop()
    sampler = undefined
    expect(samples).toBeGreaterThan(5)
  }, 60_000)

  it('catches a node cut off from Redis up after the partition heals, converging within 5 s', async () => {
    const random = new SeededRandom(seed + 1).asFunction()
    await waitFor('convergence before the partition', () => editing.converged(), 10_000)
    await proxy!.partition()
    await waitFor('cut-off node not ready', async () => (await readyStatus(nodes[0]!)) === 503)
    expect(await readyStatus(nodes[1]!)).toBe(200)
    // Only the cut-off node's clients edit: their updates are committed, but their publishes fail.
    const onFirst = (client: { node: SpawnedNode }): boolean => client.node === nodes[0]
    await editing.editRounds(random, 10, { only: onFirst })
    // Long enough for ioredis to give up on every queued publish (it retries a command across one reconnect
    // attempt), so none of them is delivered late and the other node cannot learn of a gap from a later message.
    await new Promise((resolve) => setTimeout(resolve, 1_500))
    const firstKeys = editing.clients.filter(onFirst).flatMap((client) => [...client.edits.keys()])
    const second = editing.clients.find((client) => !onFirst(client))!
    expect(firstKeys.filter((key) => !second.doc.getMap('edits').has(key)).length).toBeGreaterThan(0)

    // The other node stayed subscribed throughout and hears nothing new from its own subscription; it learns of
    // the missed updates from the cut-off node's announcement once that node is back, and reads them from the store.
    await proxy!.restore()
    const healedAt = Date.now()
    await waitFor('convergence after the partition', () => editing.converged(), recoveryMs)
    console.log(`partition: converged ${Date.now() - healedAt} ms after it healed`)
    const stored = await readStoredDocument(databaseUrl, docId)
    expect([...stored.getMap('edits').keys()].sort()).toEqual(editing.expectedKeys())
  }, 60_000)
})
