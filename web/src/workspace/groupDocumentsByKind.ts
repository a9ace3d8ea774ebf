import type { DocumentEntry } from '../storage/DocumentEntry'
import { compareDocumentsNewestFirst } from '../storage/compareDocumentsNewestFirst'
import { documentKindGroups } from './documentKindGroups'

/**
 * The list's sections: one per kind group that has documents, in the fixed order 会议记录, 任务清单, 问题清单,
 * 整改清单, 民主评议, 认证/评星, each newest first; kinds from newer servers land in a trailing `other` section
 * rather than disappearing.
 */
export function groupDocumentsByKind(
  documents: DocumentEntry[],
): { key: string; documents: DocumentEntry[] }[] {
  const sorted = [...documents].sort(compareDocumentsNewestFirst)
  const known = new Set(documentKindGroups.flatMap((group) => group.kinds))
  const sections = documentKindGroups.map((group) => ({
    key: group.key,
    documents: sorted.filter((document) => group.kinds.includes(document.kind)),
  }))
  sections.push({ key: 'other', documents: sorted.filter((document) => !known.has(document.kind)) })
  return sections.filter((section) => section.documents.length > 0)
}
