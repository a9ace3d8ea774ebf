import type { WorkspaceStore } from '../storage/WorkspaceStore'
import { extractSearchTerms } from './extractSearchTerms'
import type { SearchHit } from './SearchHit'

const titleWeight = 3

/**
 * Offline search over the local index: the query is segmented like the documents, a document matches when it
 * holds every query term (intersection of postings), and matches rank by term frequency weighted by rarity
 * (rarer terms count more), with title hits weighted up. Documents not indexed yet match on their title.
 */
export async function searchDocuments(store: WorkspaceStore, query: string): Promise<SearchHit[]> {
  const terms = [...extractSearchTerms(query).keys()]
  if (terms.length === 0) return []
  const hits = await searchIndex(store, terms)
  // Documents listed but never opened here have no indexed text yet; their titles (metadata the index holds
  // for every document) still make them findable, ranked below documents matched through the index.
  const found = new Set(hits.map((hit) => hit.docId))
  for (const document of await store.listAllDocuments()) {
    if (found.has(document.id)) continue
    const titleTerms = extractSearchTerms(document.title)
    if (terms.every((term) => titleTerms.has(term))) hits.push({ docId: document.id, score: 0 })
  }
  return hits
}

async function searchIndex(store: WorkspaceStore, terms: string[]): Promise<SearchHit[]> {
  const postings = await store.postingsFor(terms)
  const total = await store.countIndexedDocuments()
  const byTerm = new Map<string, typeof postings>()
  for (const posting of postings) byTerm.set(posting.term, [...(byTerm.get(posting.term) ?? []), posting])

  const docSets = terms.map((term) => new Set((byTerm.get(term) ?? []).map((posting) => posting.docId)))
  const [first, ...rest] = docSets
  const candidates = new Set([...(first ?? [])].filter((docId) => rest.every((docIds) => docIds.has(docId))))
  if (candidates.size === 0) return []

  const scores = new Map<string, number>()
  for (const termPostings of byTerm.values()) {
    const rarity = Math.log(1 + total / termPostings.length)
    for (const posting of termPostings) {
      if (!candidates.has(posting.docId)) continue
      const weight = (1 + Math.log(posting.count)) * rarity * (posting.inTitle ? titleWeight : 1)
      scores.set(posting.docId, (scores.get(posting.docId) ?? 0) + weight)
    }
  }
  return [...scores]
    .map(([docId, score]) => ({ docId, score }))
    .sort((left, right) => right.score - left.score || (left.docId < right.docId ? -1 : 1))
}
