import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, it } from 'vitest'
import { createSqliteStore } from '../storage/createSqliteStore'
import { runAttachmentStoreContract } from './attachmentStoreContract.contract'
import { createAttachmentStore } from './createAttachmentStore'

runAttachmentStoreContract('SQLite metadata, files under DATA_DIR/attachments', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhibu-attachments-'))
  const store = await createSqliteStore(dataDir)
  const attachments = createAttachmentStore(store, dataDir)
  // SQLite serves one node: the "second node" is the same process and store.
  return { store, attachments, second: attachments, secondStore: store, close: () => store.close() }
})

it('keeps SQLite attachments as whole, content-addressed files with no temporary leftovers', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhibu-attachments-'))
  const store = await createSqliteStore(dataDir)
  try {
    await store.units.create({ id: 'b1', name: '一支部', kind: 'branch', parentId: null, createdAt: 'a' })
    await store.documents.create({
      id: 'doc-files-1',
      unitId: 'b1',
      templateId: 't',
      templateVersion: '1',
      kind: 'k',
      title: '标题',
      createdBy: 'u1',
      createdAt: 'a',
      updatedAt: 'a',
    })
    const attachments = createAttachmentStore(store, dataDir)
    expect(attachments.kind).toBe('filesystem')
    const { attachment } = await attachments.put(new TextEncoder().encode('%PDF-1.7'), {
      docId: 'doc-files-1',
      itemId: null,
      column: 'self',
      name: '材料.pdf',
      mimeType: 'application/pdf',
      uploadedBy: 'u1',
    })
    const folder = path.join(dataDir, 'attachments', attachment.sha256.slice(0, 2))
    expect(readdirSync(folder)).toEqual([attachment.sha256])
    await attachments.delete(attachment.id)
    expect(existsSync(path.join(folder, attachment.sha256))).toBe(false)
  } finally {
    await store.close()
  }
})
