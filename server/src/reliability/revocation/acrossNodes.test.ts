import { afterEach, describe, expect, it } from 'vitest'
import { createPostgresTestDatabase } from '../../scaleout/postgresTestDatabase'
import { testRedisUrl, uniqueRedisPrefix } from '../../scaleout/testRedisUrl'
import { defaultSyncLimits } from '../../sync/SyncLimits'
import { RawSyncClient } from '../../testing/RawSyncClient'
import { seedTestOrganisation } from '../../testing/seedTestOrganisation'
import { TestServer } from '../../testing/TestServer'
import { waitFor } from '../../testing/waitFor'

const effectWithinMs = 5_000

// Role removal across nodes is in server/src/scaleout/multiNode.test.ts; these are the downgrade and the expiry.
describe('revocation across two nodes sharing Postgres and Redis', () => {
  const nodes: TestServer[] = []
  const clients: RawSyncClient[] = []
  let dropDatabase: () => Promise<void> = () => Promise.resolve()
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate()
    for (const node of nodes.splice(0)) await node.close()
    await dropDatabase()
  })

  it('a downgrade through one node and a token expiring close sockets on the other within 5 s', async () => {
    const database = await createPostgresTestDatabase()
    dropDatabase = database.drop
    const shared = {
      databaseUrl: database.url,
      redisUrl: testRedisUrl,
      redisPrefix: uniqueRedisPrefix(),
      sessionTtlMs: 10_000,
      sync: { accessRecheckMs: defaultSyncLimits.accessRecheckMs },
    }
    nodes.push(await TestServer.start(shared))
    nodes.push(await TestServer.start(shared))
    const [first, second] = nodes as [TestServer, TestServer]
    const org = await seedTestOrganisation(first)

    const editor = RawSyncClient.connect(
      second.syncUrl,
      org.docA,
      await second.login('editorA', 'password-123'),
    )
    const expiring = await first.request('POST', '/api/auth/login', {
      body: { username: 'memberA', password: 'password-123' },
    })
    const member = RawSyncClient.connect(second.syncUrl, org.docA, expiring.body.token)
    clients.push(editor, member)
    await Promise.all([editor.opened, member.opened])

    const downgradedAt = Date.now()
    const downgrade = await first.request(
      'PUT',
      `/api/units/${org.units.branchA}/roles/${org.users.editorA.id}`,
      {
        token: org.adminToken,
        body: { role: 'member' },
      },
    )
    expect(downgrade.status).toBe(200)
    expect(await waitFor('editor socket closed', () => editor.closeCode, effectWithinMs + 1_000)).toBe(4403)
    const downgradeMs = Date.now() - downgradedAt
    expect(downgradeMs).toBeLessThanOrEqual(effectWithinMs)

    const expiry = Date.parse((expiring.body as unknown as { expiresAt: string }).expiresAt)
    expect(await waitFor('member socket closed', () => member.closeCode, 20_000)).toBe(4401)
    const expiryMs = Date.now() - expiry
    expect(expiryMs).toBeGreaterThanOrEqual(-50)
    expect(expiryMs).toBeLessThanOrEqual(effectWithinMs)
    expect((await second.request('GET', '/api/auth/me', { token: expiring.body.token })).status).toBe(401)
    console.log(
      `across nodes: downgrade closed the other node's socket after ${downgradeMs} ms; ` +
        `expiry closed it ${expiryMs} ms after the token expired`,
    )
  })
})
