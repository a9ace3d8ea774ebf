import type { WorkspaceStore } from '../storage/WorkspaceStore'

/** An evidence file to upload later. */
export interface QueuedEvidence {
  docId: string
  itemId: string
  column: 'self' | 'inspector'
  name: string
  mimeType: string
  blob: Blob
}

/**
 * Keeps an evidence file chosen offline on the device (listed at once as 待上传) and queues its upload. The
 * bytes live in the attachments table, not in the outbox entry, so the outbox stays small to list.
 */
export async function queueEvidenceUpload(
  store: WorkspaceStore,
  evidence: QueuedEvidence,
  now: Date = new Date(),
): Promise<string> {
  const localKey = `local:${crypto.randomUUID()}`
  const timestamp = now.toISOString()
  await store.putAttachment({
    key: localKey,
    docId: evidence.docId,
    itemId: evidence.itemId,
    column: evidence.column,
    name: evidence.name,
    mimeType: evidence.mimeType,
    size: evidence.blob.size,
    blob: evidence.blob,
    attachmentId: null,
    state: 'pending',
    uploadedAt: timestamp,
  })
  await store.enqueue(
    {
      type: 'uploadAttachment',
      body: {
        docId: evidence.docId,
        itemId: evidence.itemId,
        column: evidence.column,
        name: evidence.name,
        localKey,
      },
    },
    timestamp,
  )
  return localKey
}
