import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { DexieWorkspaceStore } from './DexieWorkspaceStore'
import type { CachedAttachment } from './CachedAttachment'
import type { DocumentEntry } from './DocumentEntry'
import { MemoryWorkspaceStore } from './MemoryWorkspaceStore'
import type { WorkspaceStore } from './WorkspaceStore'

let databaseCount = 0
const opened: DexieWorkspaceStore[] = []

const implementations: [string, () => WorkspaceStore][] = [
  ['memory', () => new MemoryWorkspaceStore()],
  [
    'dexie',
    () => {
      const store = new DexieWorkspaceStore(`contract-${++databaseCount}`)
      opened.push(store)
      return store
    },
  ],
]

afterEach(() => {
  for (const store of opened.splice(0)) store.close()
})

function entry(id: string, overrides: Partial<DocumentEntry> = {}): DocumentEntry {
  return {
    id,
    unitId: 'branch-1',
    templateId: 'minutes',
    title: `文档 ${id}`,
    kind: 'minutes',
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
    pending: false,
    syncError: null,
    offline: false,
    ...overrides,
  }
}

function cachedAttachment(key: string, docId: string): CachedAttachment {
  return {
    key,
    docId,
    itemId: 'item-1',
    column: 'self',
    name: '照片.jpg',
    mimeType: 'image/jpeg',
    size: 3,
    blob: null,
    attachmentId: null,
    state: 'pending',
    uploadedAt: '2026-11-01T00:00:00.000Z',
  }
}

describe.each(implementations)('WorkspaceStore contract (%s)', (_name, create) => {
  it('keeps the session until it is cleared', async () => {
    const store = create()
    expect(await store.getSession()).toBeNull()
    await store.setSession({ token: 't1', user: { id: 'u1', name: '王芳' } })
    expect(await store.getSession()).toEqual({ token: 't1', user: { id: 'u1', name: '王芳' } })
    await store.setSession(null)
    expect(await store.getSession()).toBeNull()
  })

  it('replaces the unit tree and the templates as a whole', async () => {
    const store = create()
    await store.replaceUnits([
      { id: 'org', name: '机关党委', kind: 'organisation', parentId: null, role: null },
      { id: 'b1', name: '第一党支部', kind: 'branch', parentId: 'org', role: 'editor' },
    ])
    await store.replaceUnits([
      { id: 'b2', name: '第二党支部', kind: 'branch', parentId: null, role: 'member' },
    ])
    expect(await store.listUnits()).toEqual([
      { id: 'b2', name: '第二党支部', kind: 'branch', parentId: null, role: 'member' },
    ])
    await store.replaceTemplates([{ id: 'minutes', name: '支委会会议记录', kind: 'minutes' }])
    expect((await store.listTemplates()).map((template) => template.id)).toEqual(['minutes'])
  })

  it('lists a unit’s documents newest first and only that unit’s', async () => {
    const store = create()
    await store.putDocument(entry('doc-old-1', { createdAt: '2026-01-05T00:00:00.000Z' }))
    await store.putDocument(entry('doc-new-1', { createdAt: '2026-11-05T00:00:00.000Z' }))
    await store.putDocument(entry('doc-mid-1', { createdAt: '2026-06-05T00:00:00.000Z' }))
    await store.putDocument(entry('doc-other', { unitId: 'branch-2' }))
    expect((await store.listDocuments('branch-1')).map((document) => document.id)).toEqual([
      'doc-new-1',
      'doc-mid-1',
      'doc-old-1',
    ])
    expect(await store.listAllDocuments()).toHaveLength(4)
  })

  it('updates a document in place and ignores updates of unknown ids', async () => {
    const store = create()
    await store.putDocument(entry('doc-a-123'))
    await store.updateDocument('doc-a-123', { offline: true, title: '新标题' })
    await store.updateDocument('missing-id', { offline: true })
    expect(await store.getDocument('doc-a-123')).toMatchObject({
      offline: true,
      title: '新标题',
      pending: false,
    })
    expect(await store.getDocument('missing-id')).toBeUndefined()
  })

  it('merges a server listing without losing pending documents or device flags', async () => {
    const store = create()
    await store.putDocument(entry('known-doc', { offline: true, title: '旧标题' }))
    await store.putDocument(entry('pending-doc', { pending: true }))
    await store.putDocument(entry('deleted-doc'))
    await store.putDocument(entry('other-unit', { unitId: 'branch-2' }))
    await store.mergeServerDocuments('branch-1', [
      entry('known-doc', { title: '服务器标题' }),
      entry('new-doc-1'),
    ])
    const byId = new Map((await store.listAllDocuments()).map((document) => [document.id, document]))
    expect([...byId.keys()].sort()).toEqual(['known-doc', 'new-doc-1', 'other-unit', 'pending-doc'])
    expect(byId.get('known-doc')).toMatchObject({ title: '服务器标题', offline: true })
    expect(byId.get('pending-doc')).toMatchObject({ pending: true })
  })

  it('clears the pending mark when the server lists a document created offline', async () => {
    const store = create()
    await store.putDocument(entry('pending-doc', { pending: true, offline: true }))
    await store.mergeServerDocuments('branch-1', [entry('pending-doc')])
    expect(await store.getDocument('pending-doc')).toMatchObject({ pending: false, offline: true })
  })

  it('hands the outbox back in enqueue order with growing sequence numbers', async () => {
    const store = create()
    const body = (id: string) => ({ id, unitId: 'b1', templateId: 'minutes', title: id })
    const first = await store.enqueue(
      { type: 'createDocument', body: body('first-id') },
      '2026-11-23T01:00:00Z',
    )
    const second = await store.enqueue(
      { type: 'createDocument', body: body('second-id') },
      '2026-11-23T00:00:00Z',
    )
    expect(second).toBeGreaterThan(first)
    await store.updateOutbox(first, {
      attempts: 1,
      state: 'failed',
      lastError: { code: 'FORBIDDEN', message: 'no' },
    })
    const outbox = await store.listOutbox()
    expect(outbox.map((item) => item.action.type === 'createDocument' && item.action.body.id)).toEqual([
      'first-id',
      'second-id',
    ])
    expect(outbox[0]).toMatchObject({ attempts: 1, state: 'failed', lastError: { code: 'FORBIDDEN' } })
    expect(outbox[1]).toMatchObject({ attempts: 0, state: 'queued', lastError: null })
    await store.removeOutbox(first)
    expect((await store.listOutbox()).map((item) => item.seq)).toEqual([second])
  })

  it('replaces a document’s postings so stale terms disappear', async () => {
    const store = create()
    await store.replacePostings('doc-1', [
      { term: '整改', docId: 'doc-1', count: 2, inTitle: true },
      { term: '台账', docId: 'doc-1', count: 1, inTitle: false },
    ])
    await store.replacePostings('doc-2', [{ term: '整改', docId: 'doc-2', count: 1, inTitle: false }])
    await store.replacePostings('doc-1', [{ term: '会议', docId: 'doc-1', count: 1, inTitle: false }])
    const postings = await store.postingsFor(['整改', '台账', '会议'])
    expect(postings.map((posting) => `${posting.docId}:${posting.term}`).sort()).toEqual([
      'doc-1:会议',
      'doc-2:整改',
    ])
    expect(await store.countIndexedDocuments()).toBe(2)
  })

  it('records stored sizes per document', async () => {
    const store = create()
    await store.setDocumentSize({
      docId: 'doc-1',
      bytes: 100,
      synced: false,
      measuredAt: '2026-11-23T00:00:00Z',
    })
    await store.setDocumentSize({
      docId: 'doc-1',
      bytes: 250,
      synced: true,
      measuredAt: '2026-11-23T01:00:00Z',
    })
    expect(await store.listDocumentSizes()).toEqual([
      { docId: 'doc-1', bytes: 250, synced: true, measuredAt: '2026-11-23T01:00:00Z' },
    ])
  })

  it('notifies subscribers after writes and stops after unsubscribing', async () => {
    const store = create()
    let calls = 0
    const unsubscribe = store.subscribe(() => calls++)
    await store.putDocument(entry('doc-notify'))
    expect(calls).toBe(1)
    unsubscribe()
    await store.updateDocument('doc-notify', { title: 'x' })
    expect(calls).toBe(1)
  })

  it('keeps evidence files per document and replaces one by key', async () => {
    const store = create()
    await store.putAttachment(cachedAttachment('local:1', 'doc-a'))
    await store.putAttachment(cachedAttachment('local:2', 'doc-b'))
    await store.putAttachment({
      ...cachedAttachment('local:1', 'doc-a'),
      state: 'uploaded',
      attachmentId: 'att-1',
    })
    const listed = await store.listAttachments('doc-a')
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ key: 'local:1', state: 'uploaded', attachmentId: 'att-1' })
    await store.removeAttachment('local:1')
    expect(await store.getAttachment('local:1')).toBeUndefined()
    expect(await store.listAttachments('doc-b')).toHaveLength(1)
  })

  it('clears everything on sign-out', async () => {
    const store = create()
    await store.setSession({ token: 't', user: { id: 'u', name: '李明' } })
    await store.putDocument(entry('doc-clear'))
    await store.enqueue(
      { type: 'createDocument', body: { id: 'queued-1', unitId: 'b', templateId: 't', title: 't' } },
      'now',
    )
    await store.replacePostings('doc-clear', [{ term: '会议', docId: 'doc-clear', count: 1, inTitle: true }])
    await store.putAttachment(cachedAttachment('local:1', 'doc-clear'))
    await store.clear()
    expect(await store.listAttachments('doc-clear')).toEqual([])
    expect(await store.getSession()).toBeNull()
    expect(await store.listAllDocuments()).toEqual([])
    expect(await store.listOutbox()).toEqual([])
    expect(await store.postingsFor(['会议'])).toEqual([])
  })
})
