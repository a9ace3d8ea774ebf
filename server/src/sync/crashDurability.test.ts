import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { ApiBody } from '../testing/ApiBody'
import { connectProvider, waitForSync } from '../testing/connectProvider'
import { RawSyncClient } from '../testing/RawSyncClient'
import { spawnServer } from '../testing/spawnServer'
import { waitFor } from '../testing/waitFor'

async function json(url: string, method: string, body?: unknown, token?: string): Promise<ApiBody> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return (await response.json()) as ApiBody
}

describe('crash durability', () => {
  it('loses nothing that was acknowledged or broadcast when the process is killed with SIGKILL', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'zhibu-kill-'))
    const first = await spawnServer(dataDir)
    const providers: WebsocketProvider[] = []
    try {
      const { token } = await json(`${first.url}/api/auth/login`, 'POST', {
        username: 'admin',
        password: 'admin-password',
      })
      const { id: unitId } = await json(
        `${first.url}/api/units`,
        'POST',
        { name: '支部', kind: 'branch' },
        token,
      )
      const { templates } = await json(`${first.url}/api/templates`, 'GET', undefined, token)
      const { id: docId } = await json(
        `${first.url}/api/docs`,
        'POST',
        { unitId, templateId: templates[0]!.id, title: '崩溃测试' },
        token,
      )
      const syncUrl = `${first.url.replace('http', 'ws')}/sync`

      // An acknowledged write from an ?ack=1 client…
      const acked = RawSyncClient.connect(syncUrl, docId, token, 'ack=1')
      await acked.opened
      const ackedDoc = new Y.Doc()
      ackedDoc.getText('crash').insert(0, '已确认')
      const update = Y.encodeStateAsUpdate(ackedDoc)
      acked.send(new Uint8Array([0, 2, ...varUint(update.length), ...update]))
      await waitFor('ack', () => acked.messages.some((message) => message[0] === 100))

      // …and a write another client has seen broadcast.
      const writer = connectProvider(syncUrl, docId, token)
      const reader = connectProvider(syncUrl, docId, token)
      providers.push(writer, reader)
      await Promise.all([waitForSync(writer), waitForSync(reader)])
      writer.doc.getText('crash').insert(0, '已广播')
      await waitFor('broadcast', () => reader.doc.getText('crash').toJSON().includes('已广播'))

      first.child.kill('SIGKILL')
      await first.exited
      for (const provider of providers.splice(0)) provider.destroy()
      acked.ws.terminate()

      const second = await spawnServer(dataDir)
      try {
        const login = await json(`${second.url}/api/auth/login`, 'POST', {
          username: 'admin',
          password: 'admin-password',
        })
        const after = connectProvider(`${second.url.replace('http', 'ws')}/sync`, docId, login.token)
        providers.push(after)
        await waitForSync(after)
        const text = after.doc.getText('crash').toJSON()
        expect(text).toContain('已确认')
        expect(text).toContain('已广播')
      } finally {
        for (const provider of providers.splice(0)) provider.destroy()
        second.child.kill('SIGTERM')
        expect(await second.exited).toBe(0)
      }
    } finally {
      first.child.kill('SIGKILL')
    }
  }, 60_000)
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
