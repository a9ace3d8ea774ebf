import type { ApiResult } from '../api/ApiResult'
import type { AttachmentRecord, DocumentExtrasApi } from '../api/DocumentExtrasApi'
import type { UploadAttachmentAction } from '../storage/OutboxEntry'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/**
 * Uploads an evidence file chosen offline. On success the local copy is re-keyed by the server's id (its
 * bytes stay cached for offline viewing); a refusal marks the copy failed so the row can say so. A file the
 * user removed before it was sent counts as done.
 */
export async function sendQueuedUpload(
  body: UploadAttachmentAction['body'],
  store: WorkspaceStore,
  extras: DocumentExtrasApi,
): Promise<ApiResult<AttachmentRecord | null>> {
  const local = await store.getAttachment(body.localKey)
  if (local?.blob === undefined || local.blob === null) return { ok: true, value: null }
  const result = await extras.uploadAttachment(
    {
      docId: body.docId,
      itemId: body.itemId,
      column: body.column,
      name: body.name,
      mimeType: local.mimeType,
    },
    local.blob,
  )
  if (result.ok) {
    const attachment = result.value
    await store.removeAttachment(body.localKey)
    await store.putAttachment({
      ...local,
      key: attachment.id,
      attachmentId: attachment.id,
      size: attachment.size,
      state: 'uploaded',
      uploadedAt: attachment.uploadedAt,
    })
  } else if (result.error.status >= 400 && result.error.status < 500 && result.error.status !== 401) {
    if (result.error.status !== 408 && result.error.status !== 429)
      await store.putAttachment({ ...local, state: 'failed' })
  }
  return result
}
