import { describe, expect, it } from 'vitest'
import type { ApiClient, CreateDocumentBody } from '../api/ApiClient'
import type { ApiResult } from '../api/ApiResult'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { TemplateRecord } from '../storage/TemplateRecord'
import { createDocumentFromTemplate } from './createDocumentFromTemplate'
import { generateDocumentId } from './generateDocumentId'
import { replayOutbox } from './replayOutbox'

const minutes: TemplateRecord = { id: 'tpl-minutes', name: '支委会会议记录', kind: 'minutes' }

/** A server double that stores documents by id (so a re-post is idempotent) and can be told to fail. */
function fakeServer() {
  const documents = new Map<string, CreateDocumentBody>()
  const calls: string[] = []
  const ids: string[] = []
  const failures = new Map<string, { status: number; code: string }>()
  let reachable = true
  let loseReply = false
  const createDocument = (body: CreateDocumentBody): Promise<ApiResult<{ id: string }>> => {
    calls.push(body.title)
    ids.push(body.id)
    if (!reachable)
      return Promise.resolve({ ok: false, error: { status: 0, code: 'NETWORK', message: 'offline' } })
    const failure = failures.get(body.title)
    if (failure !== undefined)
      return Promise.resolve({ ok: false, error: { ...failure, message: failure.code } })
    documents.set(body.id, body)
    if (loseReply) {
      loseReply = false
      return Promise.resolve({
        ok: false,
        error: { status: 0, code: 'NETWORK', message: 'connection reset' },
      })
    }
    return Promise.resolve({ ok: true, value: { id: body.id } })
  }
  const api = { createDocument } as unknown as ApiClient
  return {
    api,
    documents,
    calls,
    ids,
    failures,
    loseNextReply: () => {
      loseReply = true
    },
    setReachable: (value: boolean) => {
      reachable = value
    },
  }
}

async function createOffline(store: MemoryWorkspaceStore, title: string) {
  return createDocumentFromTemplate(store, { unitId: 'branch-1', template: minutes, title })
}

describe('outbox replay', () => {
  it('shows a document created offline at once, marked pending, with a queued creation', async () => {
    const store = new MemoryWorkspaceStore()
    const entry = await createOffline(store, ' 2026年11月支委会 ')
    expect(entry.id).toMatch(/^[A-Za-z0-9_-]{16,64}$/)
    expect(await store.listDocuments('branch-1')).toEqual([entry])
    expect(entry).toMatchObject({ title: '2026年11月支委会', pending: true, kind: 'minutes', offline: true })
    const outbox = await store.listOutbox()
    expect(outbox.map((item) => item.action.body)).toEqual([
      { id: entry.id, unitId: 'branch-1', templateId: 'tpl-minutes', title: '2026年11月支委会' },
    ])
  })

  it('replays queued creations in order and clears the pending marks', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    const first = await createOffline(store, '第一份')
    const second = await createOffline(store, '第二份')
    const report = await replayOutbox(store, server.api)
    expect(report).toEqual({ sent: 2, failed: 0, stoppedBy: null })
    expect(server.calls).toEqual(['第一份', '第二份'])
    expect([...server.documents.keys()]).toEqual([first.id, second.id])
    expect(await store.listOutbox()).toEqual([])
    expect((await store.getDocument(first.id))?.pending).toBe(false)
  })

  it('stops at a network failure and keeps the action and the order for the next replay', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    await createOffline(store, '甲')
    await createOffline(store, '乙')
    server.setReachable(false)
    expect(await replayOutbox(store, server.api)).toEqual({ sent: 0, failed: 0, stoppedBy: 'network' })
    expect(server.calls).toEqual(['甲'])
    const [queued] = await store.listOutbox()
    expect(queued).toMatchObject({ attempts: 1, state: 'queued', lastError: { code: 'NETWORK' } })
    server.setReachable(true)
    expect(await replayOutbox(store, server.api)).toEqual({ sent: 2, failed: 0, stoppedBy: null })
    expect(server.calls).toEqual(['甲', '甲', '乙'])
  })

  it('re-sends the same client id when the reply to an accepted creation was lost', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    const entry = await createOffline(store, '丢失回复')
    server.loseNextReply()
    expect((await replayOutbox(store, server.api)).stoppedBy).toBe('network')
    await replayOutbox(store, server.api)
    expect(server.ids).toEqual([entry.id, entry.id])
    expect(server.documents.size).toBe(1)
    expect(await store.listOutbox()).toEqual([])
  })

  it('surfaces a 4xx on the document, never retries it, and still sends the actions behind it', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    server.failures.set('无权创建', { status: 403, code: 'FORBIDDEN' })
    const refused = await createOffline(store, '无权创建')
    const accepted = await createOffline(store, '正常')
    expect(await replayOutbox(store, server.api)).toEqual({ sent: 1, failed: 1, stoppedBy: null })
    expect(await store.getDocument(refused.id)).toMatchObject({
      pending: false,
      syncError: { code: 'FORBIDDEN' },
    })
    expect((await store.getDocument(accepted.id))?.syncError).toBeNull()
    const outbox = await store.listOutbox()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ state: 'failed', attempts: 1 })
    await replayOutbox(store, server.api)
    expect(server.calls.filter((title) => title === '无权创建')).toHaveLength(1)
  })

  it('stops without failing anything when the session has expired', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    server.failures.set('过期', { status: 401, code: 'UNAUTHORIZED' })
    await createOffline(store, '过期')
    expect(await replayOutbox(store, server.api)).toEqual({ sent: 0, failed: 0, stoppedBy: 'unauthorized' })
    expect((await store.listOutbox())[0]).toMatchObject({ state: 'queued' })
  })

  it('shares one run between concurrent replays so nothing is sent twice', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeServer()
    await createOffline(store, '一次')
    await Promise.all([replayOutbox(store, server.api), replayOutbox(store, server.api)])
    expect(server.calls).toEqual(['一次'])
  })

  it('generates distinct url-safe ids', () => {
    const ids = new Set(Array.from({ length: 200 }, () => generateDocumentId()))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })
})
