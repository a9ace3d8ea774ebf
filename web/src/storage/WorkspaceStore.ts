import type { DocumentEntry } from './DocumentEntry'
import type { DocumentSize } from './DocumentSize'
import type { CachedAttachment } from './CachedAttachment'
import type { CachedReport } from './CachedReport'
import type { OutboxAction, OutboxEntry } from './OutboxEntry'
import type { SearchPosting } from './SearchPosting'
import type { Session } from './Session'
import type { TemplateRecord } from './TemplateRecord'
import type { UnitRecord } from './UnitRecord'

/**
 * 工作区本地存储: everything the shell keeps on the device (session, units, document index, templates, outbox,
 * search index, stored sizes). Implemented by Dexie in the browser and in memory for tests; both run the same
 * contract suite. Every write notifies subscribers so views re-read.
 */
export interface WorkspaceStore {
  getSession(): Promise<Session | null>
  setSession(session: Session | null): Promise<void>

  listUnits(): Promise<UnitRecord[]>
  /** Replaces the whole unit tree with the server's current view (units no longer visible disappear). */
  replaceUnits(units: UnitRecord[]): Promise<void>

  listTemplates(): Promise<TemplateRecord[]>
  replaceTemplates(templates: TemplateRecord[]): Promise<void>

  getDocument(id: string): Promise<DocumentEntry | undefined>
  /** Documents of one unit, newest first (by createdAt, then updatedAt). */
  listDocuments(unitId: string): Promise<DocumentEntry[]>
  listAllDocuments(): Promise<DocumentEntry[]>
  putDocument(entry: DocumentEntry): Promise<void>
  updateDocument(id: string, patch: Partial<Omit<DocumentEntry, 'id'>>): Promise<void>
  /**
   * Merges the server's list for a unit: server metadata wins, the device-only `offline` flag is kept,
   * documents still waiting in the outbox stay, and documents the server no longer lists are dropped.
   */
  mergeServerDocuments(unitId: string, entries: DocumentEntry[]): Promise<void>

  /** Queues an action; returns its sequence number (strictly increasing, the replay order). */
  enqueue(action: OutboxAction, createdAt: string): Promise<number>
  listOutbox(): Promise<OutboxEntry[]>
  updateOutbox(seq: number, patch: Partial<Omit<OutboxEntry, 'seq' | 'action'>>): Promise<void>
  removeOutbox(seq: number): Promise<void>

  /** Replaces a document's postings (a re-index never leaves stale terms behind). */
  replacePostings(docId: string, postings: SearchPosting[]): Promise<void>
  /** Postings of any of the terms. */
  postingsFor(terms: string[]): Promise<SearchPosting[]>
  /** How many documents have postings (for ranking). */
  countIndexedDocuments(): Promise<number>

  setDocumentSize(size: DocumentSize): Promise<void>
  listDocumentSizes(): Promise<DocumentSize[]>

  /** Stores (or replaces) an evidence file kept on the device. */
  putAttachment(attachment: CachedAttachment): Promise<void>
  getAttachment(key: string): Promise<CachedAttachment | undefined>
  /** The document's evidence files kept on the device. */
  listAttachments(docId: string): Promise<CachedAttachment[]>
  removeAttachment(key: string): Promise<void>

  /** The last fetched answer of a unit-level view, for showing offline. */
  getCachedReport(key: string): Promise<CachedReport | undefined>
  putCachedReport(report: CachedReport): Promise<void>

  /** Removes everything (sign-out on a shared computer leaves nothing behind). */
  clear(): Promise<void>
  subscribe(listener: () => void): () => void
}
