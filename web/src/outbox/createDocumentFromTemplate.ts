import type { DocumentEntry } from '../storage/DocumentEntry'
import type { TemplateRecord } from '../storage/TemplateRecord'
import type { WorkspaceStore } from '../storage/WorkspaceStore'
import { generateDocumentId } from './generateDocumentId'

/** What the create dialog asks for. */
export interface CreateDocumentRequest {
  unitId: string
  template: TemplateRecord
  title: string
}

/**
 * Creates a document the same way online and offline: a client-generated id, an index entry marked 待同步 at
 * once, and `POST /api/docs` queued in the outbox (the caller replays it right away when online). The document
 * opens immediately.
 *
 * The content is NOT built here. The server writes the template's initial content into the Y.Doc once, when it
 * accepts the creation; the client opens the document empty and receives that content on sync. Building it
 * client-side as well would insert the template twice as soon as both copies merge (Yjs keeps both insertions),
 * whereas with a single writer a replayed POST is idempotent and no interleaving can duplicate it. Anything
 * typed offline before the replay merges with the template when it arrives.
 */
export async function createDocumentFromTemplate(
  store: WorkspaceStore,
  request: CreateDocumentRequest,
  now: Date = new Date(),
): Promise<DocumentEntry> {
  const id = generateDocumentId()
  const timestamp = now.toISOString()
  const entry: DocumentEntry = {
    id,
    unitId: request.unitId,
    templateId: request.template.id,
    title: request.title.trim(),
    kind: request.template.kind,
    createdAt: timestamp,
    updatedAt: timestamp,
    pending: true,
    syncError: null,
    offline: true,
  }
  await store.putDocument(entry)
  await store.enqueue(
    {
      type: 'createDocument',
      body: { id, unitId: entry.unitId, templateId: entry.templateId, title: entry.title },
    },
    timestamp,
  )
  return entry
}
