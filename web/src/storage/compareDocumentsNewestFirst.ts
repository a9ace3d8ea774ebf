import type { DocumentEntry } from './DocumentEntry'

/** Newest first by creation date, then by last update, then by id so the order is stable. */
export function compareDocumentsNewestFirst(left: DocumentEntry, right: DocumentEntry): number {
  if (left.createdAt !== right.createdAt) return left.createdAt < right.createdAt ? 1 : -1
  if (left.updatedAt !== right.updatedAt) return left.updatedAt < right.updatedAt ? 1 : -1
  return left.id < right.id ? -1 : left.id > right.id ? 1 : 0
}
