import type { Role } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '../../api/ApiResult'
import type { AttachmentRecord, AttachmentUpload, DocumentExtrasApi } from '../../api/DocumentExtrasApi'
import { MemoryWorkspaceStore } from '../../storage/MemoryWorkspaceStore'
import { DocumentEvidence } from './DocumentEvidence'

const networkDown = { ok: false as const, error: { status: 0, code: 'NETWORK', message: 'offline' } }

function record(id: string, overrides: Partial<AttachmentRecord> = {}): AttachmentRecord {
  return {
    id,
    docId: 'doc-1',
    itemId: 'item-1',
    column: 'self',
    name: `${id}.jpg`,
    mimeType: 'image/jpeg',
    size: 5,
    sha256: id,
    uploadedBy: 'u1',
    uploadedAt: '2026-11-23T00:00:00.000Z',
    ...overrides,
  }
}

/** The attachments API as a double: a list, bytes per id, and a switch for being unreachable. */
function fakeAttachmentsApi(listed: AttachmentRecord[]) {
  let reachable = true
  const downloads: string[] = []
  const api = {
    listAttachments: () => Promise.resolve(reachable ? { ok: true, value: listed } : networkDown),
    downloadAttachment: (id: string): Promise<ApiResult<Blob>> => {
      downloads.push(id)
      return Promise.resolve(reachable ? { ok: true, value: new Blob([`bytes-of-${id}`]) } : networkDown)
    },
    uploadAttachment: (upload: AttachmentUpload, bytes: Blob): Promise<ApiResult<AttachmentRecord>> => {
      if (!reachable) return Promise.resolve(networkDown)
      const created = record(`up-${listed.length + 1}`, { ...upload, size: bytes.size })
      listed.push(created)
      return Promise.resolve({ ok: true, value: created })
    },
  } as unknown as DocumentExtrasApi
  return { api, downloads, setReachable: (value: boolean) => (reachable = value) }
}

const opened: DocumentEvidence[] = []
afterEach(() => {
  for (const evidence of opened.splice(0)) evidence.dispose()
})

function evidenceFor(
  store: MemoryWorkspaceStore,
  api: DocumentExtrasApi,
  online: () => boolean,
  role: Role = 'editor',
) {
  const shown: string[] = []
  let urls = 0
  const evidence = new DocumentEvidence({
    docId: 'doc-1',
    userId: 'u1',
    role,
    store,
    api,
    isOnline: online,
    show: (url, name) => shown.push(`${name}@${url}`),
    createObjectUrl: () => `blob:${++urls}`,
    revokeObjectUrl: () => undefined,
  })
  opened.push(evidence)
  return { evidence, shown }
}

describe('document evidence', () => {
  it('lists the server’s files per item and keeps small photos on the device for offline viewing', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeAttachmentsApi([
      record('a1'),
      record('a2', { itemId: 'item-2', mimeType: 'application/pdf' }),
    ])
    const { evidence, shown } = evidenceFor(store, server.api, () => true)
    await evidence.refresh()
    expect(evidence.list('item-1').map((file) => file.key)).toEqual(['a1'])
    expect(server.downloads).toEqual(['a1'])
    expect(evidence.list('item-1')[0]?.previewUrl).toMatch(/^blob:/)

    server.setReachable(false)
    const offline = evidenceFor(store, server.api, () => false)
    await offline.evidence.refresh()
    expect(offline.evidence.list('item-1').map((file) => file.name)).toEqual(['a1.jpg'])
    offline.evidence.open(offline.evidence.list('item-1')[0]!)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(offline.shown).toEqual(['a1.jpg@blob:1'])
    expect(shown).toEqual([])
  })

  it('uploads at once when online, and queues the file (listed as 待上传) when offline', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeAttachmentsApi([])
    let online = true
    const { evidence } = evidenceFor(store, server.api, () => online)
    await evidence.refresh()
    await evidence.upload('item-1', 'self', [new File(['abc'], '在线.jpg', { type: 'image/jpeg' })])
    expect(evidence.list('item-1').map((file) => [file.name, file.state])).toEqual([['在线.jpg', 'uploaded']])
    expect(await store.listOutbox()).toEqual([])

    online = false
    server.setReachable(false)
    await evidence.upload('item-1', 'self', [new File(['def'], '离线.pdf', { type: 'application/pdf' })])
    expect(evidence.list('item-1').map((file) => [file.name, file.state])).toEqual([
      ['在线.jpg', 'uploaded'],
      ['离线.pdf', 'pending'],
    ])
    expect((await store.listOutbox()).map((entry) => entry.action.type)).toEqual(['uploadAttachment'])
  })

  it('removes a queued file with its pending upload, and an own uploaded file through the API', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeAttachmentsApi([record('mine'), record('theirs', { uploadedBy: 'u2' })])
    const deleted: string[] = []
    const api = {
      ...server.api,
      deleteAttachment: (id: string) => {
        deleted.push(id)
        return Promise.resolve({ ok: true, value: true })
      },
    } as DocumentExtrasApi
    let online = true
    const { evidence } = evidenceFor(store, api, () => online)
    await evidence.refresh()
    expect(evidence.list('item-1').map((file) => [file.key, file.removable])).toEqual([
      ['mine', true],
      ['theirs', false],
    ])
    online = false
    await evidence.upload('item-1', 'self', [new File(['x'], '错传.jpg', { type: 'image/jpeg' })])
    const queued = evidence.list('item-1').find((file) => file.state === 'pending')
    if (queued === undefined) throw new Error('nothing queued')
    await evidence.remove(queued)
    expect(await store.listOutbox()).toEqual([])
    await evidence.remove(evidence.list('item-1')[0]!)
    expect(deleted).toEqual(['mine'])
    expect(evidence.list('item-1').map((file) => file.key)).toEqual(['theirs'])
  })

  it('gives editors the 自查 column, certifiers 考核 and members none', () => {
    const store = new MemoryWorkspaceStore()
    const { api } = fakeAttachmentsApi([])
    expect(evidenceFor(store, api, () => true, 'editor').evidence.uploadColumn).toBe('self')
    expect(evidenceFor(store, api, () => true, 'certifier').evidence.uploadColumn).toBe('inspector')
    expect(evidenceFor(store, api, () => true, 'member').evidence.uploadColumn).toBeNull()
  })
})
