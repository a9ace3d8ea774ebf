import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { connectProvider, waitForSync } from '../testing/connectProvider'
import { RawSyncClient } from '../testing/RawSyncClient'
import { seedTestOrganisation, type TestOrganisation } from '../testing/seedTestOrganisation'
import { TestServer } from '../testing/TestServer'
import { waitFor } from '../testing/waitFor'
import { messageTypes } from './messageTypes'

describe('sync rooms', () => {
  let server: TestServer
  let org: TestOrganisation
  const providers: WebsocketProvider[] = []

  beforeEach(async () => {
    server = await TestServer.start()
    org = await seedTestOrganisation(server)
  })
  afterEach(async () => {
    for (const provider of providers.splice(0)) provider.destroy()
    await server.close()
  })

  function connect(room: string, token: string, options: { ack?: boolean } = {}): WebsocketProvider {
    const provider = connectProvider(server.syncUrl, room, token, options)
    providers.push(provider)
    return provider
  }

  it('serves the template content created with the document', async () => {
    const provider = connect(org.docA, org.users.memberA.token)
    await waitForSync(provider)
    expect(provider.doc.getText('body').toJSON()).toBe('模板正文')
    expect(provider.doc.getMap('meta').get('title')).toBe('支部A文档')
  })

  it('converges several editing clients', async () => {
    const clients = [
      connect(org.docA, org.users.editorA.token),
      connect(org.docA, org.users.editorA.token),
      connect(org.docA, org.adminToken),
    ]
    await Promise.all(clients.map(waitForSync))
    clients.forEach((client, index) => client.doc.getText('body').insert(0, `客户${index}`))
    await waitFor('convergence', () => {
      const texts = clients.map((client) => client.doc.getText('body').toJSON())
      return texts.every(
        (text) =>
          text === texts[0] && text.includes('客户0') && text.includes('客户1') && text.includes('客户2'),
      )
    })
  })

  it('keeps every accepted edit across a restart', async () => {
    const writer = connect(org.docA, org.users.editorA.token, { ack: true })
    await waitForSync(writer)
    writer.doc.getText('body').insert(0, '重启前')
    const reader = connect(org.docA, org.users.memberA.token)
    await waitFor('broadcast', () => reader.doc.getText('body').toJSON().startsWith('重启前'))
    for (const provider of providers.splice(0)) provider.destroy()
    server = await server.restart()
    const token = await server.login('memberA', 'password-123')
    const after = connect(org.docA, token)
    await waitForSync(after)
    expect(after.doc.getText('body').toJSON()).toBe('重启前模板正文')
  })

  it('acknowledges committed updates only to ?ack=1 clients, with a state vector covering the edit', async () => {
    const acked = RawSyncClient.connect(server.syncUrl, org.docA, org.users.editorA.token, 'ack=1')
    const stock = RawSyncClient.connect(server.syncUrl, org.docA, org.users.editorA.token)
    await Promise.all([acked.opened, stock.opened])
    const doc = new Y.Doc()
    const updates: Uint8Array[] = []
    doc.on('update', (update: Uint8Array) => updates.push(update))
    doc.getText('body').insert(0, 'x')
    const frame = (update: Uint8Array): Uint8Array => {
      // [messageSync, messageYjsUpdate, varUint8Array(update)], hand-encoded so the test does not reuse server code.
      return new Uint8Array([0, 2, ...varUint(update.length), ...update])
    }
    const other = new Y.Doc()
    other.on('update', (update: Uint8Array) => updates.push(update))
    other.getText('body').insert(0, 'y')
    acked.send(frame(updates[0]!))
    stock.send(frame(updates[1]!))
    const ack = await waitFor('ack', () => acked.messages.find((message) => message[0] === messageTypes.ack))
    const stateVector = Y.decodeStateVector(ack.slice(1 + varUint(ack.length - 2).length))
    expect(stateVector.get(doc.clientID)).toBe(1)
    // step 1 plus both updates broadcast: the stock client's own update has been committed by then.
    await waitFor('stock client sees both broadcasts', () => stock.messages.length >= 3)
    await waitFor(
      'acked client sees both broadcasts',
      () => acked.messageTypes.filter((type) => type === 0).length >= 3,
    )
    expect(stock.messageTypes).not.toContain(messageTypes.ack)
    acked.ws.close()
    stock.ws.close()
  })

  it('unloads an idle room after its last client leaves and folds its updates into a snapshot', async () => {
    const writer = connect(org.docA, org.users.editorA.token)
    await waitForSync(writer)
    for (let index = 0; index < 10; index++) writer.doc.getText('body').insert(0, String(index))
    await waitFor(
      'edits stored',
      async () => (await server.running.store.docs.pendingUpdateCount(org.docA)) >= 10,
    )
    expect(server.running.rooms.loadedRoomNames).toContain(org.docA)
    writer.destroy()
    await waitFor('room unloaded', () => !server.running.rooms.loadedRoomNames.includes(org.docA))
    expect(await server.running.store.docs.pendingUpdateCount(org.docA)).toBe(0)
    const reader = connect(org.docA, org.users.memberA.token)
    await waitForSync(reader)
    expect(reader.doc.getText('body').toJSON()).toBe('9876543210模板正文')
  })

  it('closes open sockets with 1001 on shutdown after committing what they sent', async () => {
    const client = RawSyncClient.connect(server.syncUrl, org.docA, org.users.editorA.token)
    await client.opened
    const doc = new Y.Doc()
    doc.getText('body').insert(0, '关机前')
    const update = Y.encodeStateAsUpdate(doc)
    client.send(new Uint8Array([0, 2, ...varUint(update.length), ...update]))
    await waitFor('update received by the room', () => client.messages.length >= 2)
    const dataDir = server.options.dataDir
    await server.close()
    expect(await client.closed).toBe(1001)
    server = await TestServer.start({ dataDir })
    const token = await server.login('memberA', 'password-123')
    const after = connect(org.docA, token)
    await waitForSync(after)
    // The raw client's edit was made without the template text, so Yjs orders the two concurrent inserts.
    expect(after.doc.getText('body').toJSON()).toContain('关机前')
    expect(after.doc.getText('body').toJSON()).toContain('模板正文')
  })
})

function varUint(value: number): number[] {
  const bytes: number[] = []
  while (value > 127) {
    bytes.push((value & 127) | 128)
    value >>>= 7
  }
  bytes.push(value)
  return bytes
}
