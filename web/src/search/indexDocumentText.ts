import type { SearchPosting } from '../storage/SearchPosting'
import type { WorkspaceStore } from '../storage/WorkspaceStore'
import { defaultWorkspaceStore } from '../storage/defaultWorkspaceStore'
import { extractSearchTerms } from './extractSearchTerms'

/**
 * (Re)indexes a locally stored document for offline search: call it with the document's title and plain text
 * whenever they change (debounced by the caller). Replaces the document's previous postings.
 */
export async function indexDocumentText(
  docId: string,
  title: string,
  text: string,
  store: WorkspaceStore = defaultWorkspaceStore,
): Promise<void> {
  const titleTerms = extractSearchTerms(title)
  const bodyTerms = extractSearchTerms(text)
  const postings: SearchPosting[] = []
  for (const term of new Set([...titleTerms.keys(), ...bodyTerms.keys()])) {
    const count = (titleTerms.get(term) ?? 0) + (bodyTerms.get(term) ?? 0)
    postings.push({ term, docId, count, inTitle: titleTerms.has(term) })
  }
  await store.replacePostings(docId, postings)
}
