import type { AttachmentRecord } from './DocumentExtrasApi'
import { readField } from './readField'

/** One attachment of the attachments API; null when a field the page needs is missing. */
export function parseAttachment(value: unknown): AttachmentRecord | null {
  const id = readField(value, 'id')
  const docId = readField(value, 'docId')
  const itemId = readField(value, 'itemId')
  const column = readField(value, 'column')
  const name = readField(value, 'name')
  if (id === undefined || docId === undefined || itemId === undefined || name === undefined) return null
  if (column !== 'self' && column !== 'inspector') return null
  const size = (value as Record<string, unknown>).size
  return {
    id,
    docId,
    itemId,
    column,
    name,
    mimeType: readField(value, 'mimeType') ?? 'application/octet-stream',
    size: typeof size === 'number' ? size : 0,
    sha256: readField(value, 'sha256') ?? '',
    uploadedBy: readField(value, 'uploadedBy') ?? '',
    uploadedAt: readField(value, 'uploadedAt') ?? '',
  }
}
