import type { DocumentEntry } from '../storage/DocumentEntry'
import { readField } from './readField'
import { readTimestamp } from './readTimestamp'

/** One document of `GET /api/docs`, as an index entry the server has accepted. */
export function parseDocument(value: unknown): DocumentEntry | null {
  const id = readField(value, 'id')
  const unitId = readField(value, 'unitId')
  if (id === undefined || unitId === undefined) return null
  const createdAt = readTimestamp(value, 'createdAt') ?? new Date(0).toISOString()
  return {
    id,
    unitId,
    templateId: readField(value, 'templateId') ?? '',
    title: readField(value, 'title') ?? id,
    kind: readField(value, 'kind') ?? 'other',
    createdAt,
    updatedAt: readTimestamp(value, 'updatedAt') ?? createdAt,
    pending: false,
    syncError: null,
    offline: false,
  }
}
