import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { defaultSyncLimits } from '../../sync/SyncLimits'
import { RawSyncClient } from '../../testing/RawSyncClient'
import { seedTestOrganisation, type TestOrganisation } from '../../testing/seedTestOrganisation'
import { TestServer } from '../../testing/TestServer'
import { waitFor } from '../../testing/waitFor'
import { syncFrames } from '../protocol/syncFrames'

/** The promise: revocations take effect on open sockets and the API within this long. */
const effectWithinMs = 5_000

// The production re-check interval (TestServer shortens it), so the 5 s figure is the one users get.
const productionRecheck = { accessRecheckMs: defaultSyncLimits.accessRecheckMs }

describe('revocation takes effect on open sockets and the API within 5 s', () => {
  let server: TestServer | undefined
  const clients: RawSyncClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate()
    await server?.close()
    server = undefined
  })

  async function start(overrides: Parameters<typeof TestServer.start>[0] = {}): Promise<TestOrganisation> {
    server = await TestServer.start({ ...overrides, sync: { ...productionRecheck, ...overrides.sync } })
    return seedTestOrganisation(server)
  }

  function connect(room: string, token: string, query = ''): RawSyncClient {
    const client = RawSyncClient.connect(server!.syncUrl, room, token, query)
    clients.push(client)
    return client
  }

  /** Milliseconds from `since` until the socket closed, with its code. */
  async function closedWithin(client: RawSyncClient, since: number): Promise<{ code: number; ms: number }> {
    const code = await waitFor('socket closed', () => client.closeCode, effectWithinMs + 1_000)
    return { code, ms: Date.now() - since }
  }

  it('removing a role closes the user’s sockets with 4403 and hides the document from the API', async () => {
    const org = await start()
    const { certifier } = org.users
    const sockets = [connect(org.docA, certifier.token), connect(`${org.docA}:review`, certifier.token)]
    await Promise.all(sockets.map((socket) => socket.opened))
    expect((await server!.request('GET', `/api/docs/${org.docA}`, { token: certifier.token })).status).toBe(
      200,
    )
    const revokedAt = Date.now()
    const removed = await server!.request(
      'DELETE',
      `/api/units/${org.units.committee}/roles/${certifier.id}`,
      {
        token: org.adminToken,
      },
    )
    expect(removed.status).toBe(204)
    expect(await server!.request('GET', `/api/docs/${org.docA}`, { token: certifier.token })).toMatchObject({
      status: 404,
      body: { error: { code: 'DOCUMENT_NOT_FOUND' } },
    })
    for (const socket of sockets) {
      const closed = await closedWithin(socket, revokedAt)
      expect(closed.code).toBe(4403)
      expect(closed.ms).toBeLessThanOrEqual(effectWithinMs)
      console.log(`role removed: socket closed 4403 after ${closed.ms} ms`)
    }
    const again = connect(org.docA, certifier.token)
    expect(await again.closed).toBe(4403)
    expect(again.messages).toEqual([])
  })

  it('downgrading an editor to member stops its edits: the socket closes with 4403, the same token can only read', async () => {
    const org = await start()
    const { editorA } = org.users
    const member = connect(org.docA, org.users.memberA.token)
    const writer = connect(org.docA, editorA.token, 'ack=1')
    await Promise.all([member.opened, writer.opened])
    const doc = new Y.Doc()
    const text = doc.getText('body')
    const sentAt: number[] = []
    // The editor types one numbered mark every 25 ms, before and after the downgrade, until its socket closes.
    const type = (client: RawSyncClient): void => {
      const before = Y.encodeStateVector(doc)
      text.insert(text.length, `[${sentAt.length}]`)
      sentAt.push(Date.now())
      client.send(syncFrames.update(Y.encodeStateAsUpdate(doc, before)))
    }
    for (let index = 0; index < 10; index++) {
      type(writer)
      await pause(25)
    }
    await waitFor('first edits acknowledged', () => writer.messages.some((message) => message[0] === 100))
    const downgradedAt = Date.now()
    const downgrade = server!.request('PUT', `/api/units/${org.units.branchA}/roles/${editorA.id}`, {
      token: org.adminToken,
      body: { role: 'member' },
    })
    while (writer.closeCode === undefined && Date.now() - downgradedAt < effectWithinMs + 1_000) {
      if (writer.ws.readyState === writer.ws.OPEN) type(writer)
      await pause(25)
    }
    expect((await downgrade).status).toBe(200)
    const closed = await closedWithin(writer, downgradedAt)
    expect(closed.code).toBe(4403)
    expect(closed.ms).toBeLessThanOrEqual(effectWithinMs)
    const created = await server!.request('POST', '/api/docs', {
      token: editorA.token,
      body: { unitId: org.units.branchA, templateId: 'fixture-note', title: '降级后新建' },
    })
    expect(created).toMatchObject({ status: 403, body: { error: { code: 'FORBIDDEN' } } })

    // Same token, reconnected: now read-only, so nothing it sends is stored, even its whole offline state.
    const reconnected = connect(org.docA, editorA.token, 'ack=1')
    await reconnected.opened
    const firstAfter = sentAt.length
    for (let index = 0; index < 20; index++) type(reconnected)
    reconnected.send(syncFrames.step2(Y.encodeStateAsUpdate(doc)))
    reconnected.send(syncFrames.step1(Uint8Array.of(0)))
    await waitFor('reconnected socket answered', () =>
      reconnected.messages.some((message) => message[0] === 0 && message[1] === 1),
    )
    expect(reconnected.messages.filter((message) => message[0] === 100)).toEqual([])

    const stored = await server!.running.rooms.readDocument(org.docA)
    const accepted = [
      ...stored
        .getText('body')
        .toJSON()
        .matchAll(/\[(\d+)\]/g),
    ].map((match) => Number(match[1]))
    stored.destroy()
    expect(accepted.length).toBeGreaterThanOrEqual(10)
    expect(accepted.filter((index) => index >= firstAfter)).toEqual([])
    const lastAcceptedMs = Math.max(...accepted.map((index) => sentAt[index]! - downgradedAt))
    expect(lastAcceptedMs).toBeLessThanOrEqual(effectWithinMs)
    // The member saw the editor's accepted edits and nothing else arrived as a write.
    console.log(
      `downgrade: socket closed 4403 after ${closed.ms} ms; last accepted edit sent ${lastAcceptedMs} ms after the ` +
        `downgrade request; ${sentAt.length - firstAfter} edits from the read-only reconnect dropped`,
    )
  })

  it('logout revokes the token: its sockets close with 4401, the API answers 401', async () => {
    const org = await start()
    const token = await server!.login('memberA', 'password-123')
    const sockets = [connect(org.docA, token), connect(`${org.docA}:review`, token)]
    const otherSession = connect(org.docA, org.users.memberA.token)
    await Promise.all([...sockets, otherSession].map((socket) => socket.opened))
    const loggedOutAt = Date.now()
    expect((await server!.request('POST', '/api/auth/logout', { token })).status).toBe(204)
    expect(await server!.request('GET', '/api/auth/me', { token })).toMatchObject({
      status: 401,
      body: { error: { code: 'UNAUTHORIZED' } },
    })
    for (const socket of sockets) {
      const closed = await closedWithin(socket, loggedOutAt)
      expect(closed.code).toBe(4401)
      expect(closed.ms).toBeLessThanOrEqual(effectWithinMs)
      console.log(`logout: socket closed 4401 after ${closed.ms} ms`)
    }
    const again = connect(org.docA, token)
    expect(await again.closed).toBe(4401)
    // Only that token: the same user's other session keeps its socket.
    await pause(defaultSyncLimits.accessRecheckMs + 500)
    expect(otherSession.closeCode).toBeUndefined()
  })

  it('a token that expires mid-session closes its sockets with 4401 within 5 s and the API answers 401', async () => {
    const sessionTtlMs = 8_000
    const org = await start({ sessionTtlMs })
    const login = await server!.request('POST', '/api/auth/login', {
      body: { username: 'memberA', password: 'password-123' },
    })
    const { token, expiresAt } = login.body as unknown as { token: string; expiresAt: string }
    const expiry = Date.parse(expiresAt)
    const sockets = [connect(org.docA, token), connect(`${org.docA}:review`, token)]
    await Promise.all(sockets.map((socket) => socket.opened))
    expect((await server!.request('GET', '/api/auth/me', { token })).status).toBe(200)
    for (const socket of sockets) {
      const code = await waitFor(
        'socket closed',
        () => socket.closeCode,
        sessionTtlMs + effectWithinMs + 1_000,
      )
      const afterExpiry = Date.now() - expiry
      expect(code).toBe(4401)
      expect(afterExpiry).toBeGreaterThanOrEqual(-50)
      expect(afterExpiry).toBeLessThanOrEqual(effectWithinMs)
      console.log(`expiry: socket closed 4401 ${afterExpiry} ms after the token expired`)
    }
    expect((await server!.request('GET', '/api/auth/me', { token })).status).toBe(401)
    const again = connect(org.docA, token)
    expect(await again.closed).toBe(4401)
  })
})

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
