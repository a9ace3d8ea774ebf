import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { connectProvider, waitForSync } from '../testing/connectProvider'
import { RawSyncClient } from '../testing/RawSyncClient'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'
import { waitFor } from '../testing/waitFor'

function syncFrame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, 1)
  encoding.writeVarUint(inner, clientId)
  encoding.writeVarUint(inner, clock)
  encoding.writeVarString(inner, JSON.stringify(state))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
  return encoding.toUint8Array(encoder)
}

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('body').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

describe('sync access control and bad input', () => {
  let server: TestServer
  let org: TestOrganisation
  const providers: WebsocketProvider[] = []
  const raws: RawSyncClient[] = []

  beforeEach(async () => {
    server = await TestServer.start({ sync: { maxFrameBytes: 64 * 1024 } })
    org = await seedTestOrganisation(server)
  })
  afterEach(async () => {
    for (const provider of providers.splice(0)) provider.destroy()
    for (const raw of raws.splice(0)) raw.ws.terminate()
    await server.close()
  })

  function connect(room: string, token: string): WebsocketProvider {
    const provider = connectProvider(server.syncUrl, room, token)
    providers.push(provider)
    return provider
  }

  function raw(room: string, token: string | undefined, query = ''): RawSyncClient {
    const client = RawSyncClient.connect(server.syncUrl, room, token, query)
    raws.push(client)
    return client
  }

  async function storedText(room: string): Promise<string> {
    const stored = await server.running.store.docs.loadDocument(room)
    const doc = new Y.Doc()
    if (stored !== undefined) Y.applyUpdate(doc, stored.update)
    return doc.getText('body').toJSON()
  }

  it('closes an unauthenticated socket with 4401 before loading the document and sends it nothing', async () => {
    await waitFor('idle rooms unloaded', () => server.running.rooms.loadedRoomNames.length === 0)
    for (const token of [undefined, 'not-a-token']) {
      const client = raw(org.docA, token)
      expect(await client.closed).toBe(4401)
      expect(client.messages).toEqual([])
    }
    expect(server.running.rooms.loadedRoomNames).toEqual([])
  })

  it('answers no access, a missing document and a bad room name with the same 4403 and no bytes', async () => {
    for (const room of [org.docB, 'doesNotExist-123', `${org.docA}:other`, '..%2F..%2Fetc%2Fpasswd']) {
      const client = raw(room, org.users.memberA.token)
      expect(await client.closed).toBe(4403)
      expect(client.messages).toEqual([])
    }
  })

  it('drops sync step 2 and update messages from read-only roles, on content and review rooms', async () => {
    const before = await storedText(org.docA)
    const member = connect(org.docA, org.users.memberA.token)
    await waitForSync(member)
    member.doc.getText('body').insert(0, '党员改动')
    const supervisor = raw(org.docA, org.users.supervisor.token)
    const editorOnReview = raw(`${org.docA}:review`, org.users.editorA.token)
    await Promise.all([supervisor.opened, editorOnReview.opened])
    for (const client of [supervisor, editorOnReview]) {
      client.send(syncFrame((encoder) => syncProtocol.writeUpdate(encoder, textUpdate('伪造更新'))))
      client.send(
        syncFrame((encoder) => {
          encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
          encoding.writeVarUint8Array(encoder, textUpdate('伪造步骤二'))
        }),
      )
    }
    // An editor's later edit is committed after the dropped ones would have been: it is the only change.
    const editor = connect(org.docA, org.users.editorA.token)
    await waitForSync(editor)
    editor.doc.getText('body').insert(0, '编辑')
    await waitFor('editor edit reaches the member', () =>
      member.doc.getText('body').toJSON().includes('编辑'),
    )
    expect(editor.doc.getText('body').toJSON()).toBe(`编辑${before}`)
    expect(await storedText(org.docA)).toBe(`编辑${before}`)
    expect(await storedText(`${org.docA}:review`)).toBe('')
    expect(supervisor.closeCode).toBeUndefined()
  })

  it('stamps awareness with the authenticated user and ignores client ids owned by another socket', async () => {
    const editor = connect(org.docA, org.users.editorA.token)
    await waitForSync(editor)
    editor.awareness.setLocalStateField('user', { name: 'editor says so', color: '#000000' })
    const forger = raw(org.docA, org.users.memberA.token)
    await forger.opened
    forger.send(
      awarenessFrame(424242, 1, { user: { id: 'x', name: '伪造的书记', color: '#ff0000' }, cursor: 1 }),
    )
    forger.send(awarenessFrame(editor.doc.clientID, 99, { user: { name: '冒充编辑' } }))
    const observer = connect(org.docA, org.users.certifier.token)
    await waitFor('observer sees both states', () => {
      const states = observer.awareness.getStates()
      return states.get(424242) !== undefined && states.get(editor.doc.clientID) !== undefined
        ? states
        : undefined
    })
    const states = observer.awareness.getStates()
    expect(states.get(424242)).toMatchObject({
      cursor: 1,
      user: { id: org.users.memberA.id, name: '用户memberA' },
    })
    expect((states.get(424242) as { user: { color: string } }).user.color).toMatch(/^#[0-9a-f]{6}$/)
    expect(states.get(editor.doc.clientID)).toMatchObject({
      user: { id: org.users.editorA.id, name: '用户editorA' },
    })
    forger.ws.close()
    await waitFor('forger awareness cleaned up', () => !observer.awareness.getStates().has(424242))
  })

  it('closes a frame over the limit with 1009 and a malformed frame with 4400 while others keep syncing', async () => {
    const editor = connect(org.docA, org.users.editorA.token)
    const member = connect(org.docA, org.users.memberA.token)
    await Promise.all([waitForSync(editor), waitForSync(member)])
    const big = raw(org.docA, org.users.editorA.token)
    const garbage = raw(org.docA, org.users.editorA.token)
    const badUpdate = raw(org.docA, org.users.editorA.token)
    await Promise.all([big.opened, garbage.opened, badUpdate.opened])
    big.send(new Uint8Array(65 * 1024))
    garbage.send(new Uint8Array([0, 7, 1, 2, 3]))
    badUpdate.send(
      syncFrame((encoder) => syncProtocol.writeUpdate(encoder, new Uint8Array([200, 1, 255, 255, 255]))),
    )
    expect(await big.closed).toBe(1009)
    expect(await garbage.closed).toBe(4400)
    expect(await badUpdate.closed).toBe(4400)
    editor.doc.getText('body').insert(0, '仍然同步')
    await waitFor('member still receives', () => member.doc.getText('body').toJSON().startsWith('仍然同步'))
  })

  it('closes sockets within 5 s of logout (4401), of a role change and of a role revocation (4403)', async () => {
    const loggedOut = raw(org.docA, org.users.memberA.token)
    const changed = raw(org.docA, org.users.editorA.token)
    const revoked = raw(org.docA, org.users.certifier.token)
    await Promise.all([loggedOut.opened, changed.opened, revoked.opened])
    expect(
      (await server.request('POST', '/api/auth/logout', { token: org.users.memberA.token })).status,
    ).toBe(204)
    await server.request('PUT', `/api/units/${org.units.branchA}/roles/${org.users.editorA.id}`, {
      token: org.adminToken,
      body: { role: 'member' },
    })
    await server.request('DELETE', `/api/units/${org.units.committee}/roles/${org.users.certifier.id}`, {
      token: org.adminToken,
    })
    const deadline = (client: RawSyncClient) => waitFor('socket closed', () => client.closeCode, 5_000)
    expect(await deadline(loggedOut)).toBe(4401)
    expect(await deadline(changed)).toBe(4403)
    expect(await deadline(revoked)).toBe(4403)
    const again = raw(org.docA, org.users.certifier.token)
    expect(await again.closed).toBe(4403)
  })

  it('keeps branch A users out of branch B documents through the API and sync', async () => {
    const token = org.users.editorA.token
    expect((await server.request('GET', `/api/docs/${org.docB}`, { token })).status).toBe(404)
    expect((await server.request('GET', `/api/docs/doesNotExist-1`, { token })).status).toBe(404)
    expect((await server.request('GET', `/api/docs?unitId=${org.units.branchB}`, { token })).status).toBe(404)
    const listed = await server.request('GET', '/api/docs', { token })
    expect(listed.body.documents.map((document) => document.id)).toEqual([org.docA])
    const units = await server.request('GET', '/api/units', { token })
    expect(units.body.units.map((unit) => unit.id)).toEqual([org.units.branchA])
    expect(await raw(`${org.docB}:review`, token).closed).toBe(4403)
    const supervisorList = await server.request('GET', '/api/docs', { token: org.users.supervisor.token })
    expect(supervisorList.body.documents.map((document) => document.id).sort()).toEqual(
      [org.docA, org.docB].sort(),
    )
  })

  it('answers query-awareness with the current states', async () => {
    const editor = connect(org.docA, org.users.editorA.token)
    await waitForSync(editor)
    editor.awareness.setLocalStateField('cursor', 7)
    const client = raw(org.docA, org.users.memberA.token)
    await client.opened
    await waitFor('editor awareness on server', () => server.running.rooms.connectionCount === 2)
    client.messages.length = 0
    client.send(new Uint8Array([3]))
    const message = await waitFor('awareness reply', () =>
      client.messages.find((candidate) => candidate[0] === 1),
    )
    const target = new awarenessProtocol.Awareness(new Y.Doc())
    awarenessProtocol.applyAwarenessUpdate(
      target,
      message.slice(1 + 1 + (message.length > 129 ? 1 : 0)),
      null,
    )
    expect(target.getStates().get(editor.doc.clientID)).toMatchObject({ cursor: 7 })
  })
})

describe('sync rate limits', () => {
  it('closes a socket that floods messages with 4429', async () => {
    const server = await TestServer.start({ sync: { perConnection: { ratePerSecond: 1, burst: 5 } } })
    try {
      const org = await seedTestOrganisation(server)
      const client = RawSyncClient.connect(server.syncUrl, org.docA, org.users.memberA.token)
      await client.opened
      for (let index = 0; index < 20; index++) client.send(new Uint8Array([3]))
      expect(await client.closed).toBe(4429)
    } finally {
      await server.close()
    }
  })
})
