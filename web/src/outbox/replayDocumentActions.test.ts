import { describe, expect, it } from 'vitest'
import type { ApiClient } from '../api/ApiClient'
import type { ApiResult } from '../api/ApiResult'
import type { AttachmentRecord, AttachmentUpload, DocumentExtrasApi } from '../api/DocumentExtrasApi'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { queueEvidenceUpload } from './queueEvidenceUpload'
import { queueTemplateUpgrade } from './queueTemplateUpgrade'
import { replayOutbox } from './replayOutbox'

const networkDown = { ok: false as const, error: { status: 0, code: 'NETWORK', message: 'offline' } }

/** A server double for upgrades and uploads: idempotent like the real one (version, sha256 stand-in). */
function fakeExtras() {
  const upgrades: string[] = []
  const versions = new Map<string, string>()
  const stored = new Map<string, AttachmentRecord>()
  const uploads: string[] = []
  let reachable = true
  let loseReply = false
  const extras = {
    upgrade: (docId: string, toVersion: string) => {
      upgrades.push(`${docId}@${toVersion}`)
      if (!reachable) return Promise.resolve(networkDown)
      const applied = versions.get(docId) !== toVersion
      versions.set(docId, toVersion)
      return Promise.resolve({ ok: true, value: { templateVersion: toVersion, archived: 0, applied } })
    },
    uploadAttachment: async (upload: AttachmentUpload, bytes: Blob): Promise<ApiResult<AttachmentRecord>> => {
      uploads.push(upload.name)
      if (!reachable) return networkDown
      // The content stands in for the sha256 the server dedupes by.
      const digest = `${upload.docId}:${await bytes.text()}`
      const record: AttachmentRecord = stored.get(digest) ?? {
        id: `att-${stored.size + 1}`,
        ...upload,
        size: bytes.size,
        sha256: digest,
        uploadedBy: 'u1',
        uploadedAt: '2026-11-23T00:00:00.000Z',
      }
      stored.set(digest, record)
      if (loseReply) {
        loseReply = false
        return networkDown
      }
      return { ok: true, value: record }
    },
  } as unknown as DocumentExtrasApi
  return {
    extras,
    upgrades,
    uploads,
    stored,
    setReachable: (value: boolean) => (reachable = value),
    loseNextReply: () => (loseReply = true),
  }
}

const shellApi = {} as ApiClient

describe('outbox replay of document actions', () => {
  it('replays a template upgrade queued offline once the server is reachable, and only once', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeExtras()
    await queueTemplateUpgrade(store, 'doc-1', '2')
    server.setReachable(false)
    expect(await replayOutbox(store, shellApi, server.extras)).toMatchObject({ stoppedBy: 'network' })
    expect(await store.listOutbox()).toHaveLength(1)
    server.setReachable(true)
    expect(await replayOutbox(store, shellApi, server.extras)).toEqual({
      sent: 1,
      failed: 0,
      stoppedBy: null,
    })
    expect(await store.listOutbox()).toEqual([])
    expect(await replayOutbox(store, shellApi, server.extras)).toEqual({
      sent: 0,
      failed: 0,
      stoppedBy: null,
    })
    expect(server.upgrades).toEqual(['doc-1@2', 'doc-1@2'])
  })

  it('uploads evidence chosen offline, re-keys the device copy by the server id and keeps the bytes', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeExtras()
    const localKey = await queueEvidenceUpload(store, {
      docId: 'doc-1',
      itemId: 'item-1',
      column: 'self',
      name: '会议照片.jpg',
      mimeType: 'image/jpeg',
      blob: new Blob(['photo-bytes'], { type: 'image/jpeg' }),
    })
    expect(await store.listAttachments('doc-1')).toMatchObject([{ key: localKey, state: 'pending' }])
    server.loseNextReply()
    expect((await replayOutbox(store, shellApi, server.extras)).stoppedBy).toBe('network')
    expect(await replayOutbox(store, shellApi, server.extras)).toEqual({
      sent: 1,
      failed: 0,
      stoppedBy: null,
    })
    expect(server.uploads).toEqual(['会议照片.jpg', '会议照片.jpg'])
    expect(server.stored.size).toBe(1)
    const [copy] = await store.listAttachments('doc-1')
    expect(copy).toMatchObject({
      key: 'att-1',
      attachmentId: 'att-1',
      state: 'uploaded',
      name: '会议照片.jpg',
    })
    expect(await copy?.blob?.text()).toBe('photo-bytes')
  })

  it('marks an upload the server refuses as failed and goes on with the actions behind it', async () => {
    const store = new MemoryWorkspaceStore()
    const server = fakeExtras()
    const refusing = {
      ...server.extras,
      uploadAttachment: () =>
        Promise.resolve({
          ok: false as const,
          error: { status: 413, code: 'TOO_LARGE', message: '文件过大' },
        }),
    } as DocumentExtrasApi
    const localKey = await queueEvidenceUpload(store, {
      docId: 'doc-1',
      itemId: 'item-1',
      column: 'inspector',
      name: '大文件.pdf',
      mimeType: 'application/pdf',
      blob: new Blob(['x']),
    })
    await queueTemplateUpgrade(store, 'doc-1', '3')
    expect(await replayOutbox(store, shellApi, refusing)).toEqual({ sent: 1, failed: 1, stoppedBy: null })
    expect(await store.getAttachment(localKey)).toMatchObject({ state: 'failed' })
    expect(await store.listOutbox()).toMatchObject([{ state: 'failed', lastError: { code: 'TOO_LARGE' } }])
  })
})
