import { compareDocumentsNewestFirst } from './compareDocumentsNewestFirst'
import type { DocumentEntry } from './DocumentEntry'
import type { DocumentSize } from './DocumentSize'
import { mergeDocumentLists } from './mergeDocumentLists'
import type { CachedAttachment } from './CachedAttachment'
import type { CachedReport } from './CachedReport'
import type { OutboxAction, OutboxEntry } from './OutboxEntry'
import type { SearchPosting } from './SearchPosting'
import type { Session } from './Session'
import type { TemplateRecord } from './TemplateRecord'
import type { UnitRecord } from './UnitRecord'
import type { WorkspaceStore } from './WorkspaceStore'

/** In-memory WorkspaceStore: for tests and for browsers where IndexedDB is unavailable. Returns copies. */
export class MemoryWorkspaceStore implements WorkspaceStore {
  #session: Session | null = null
  #units: UnitRecord[] = []
  #templates: TemplateRecord[] = []
  #documents = new Map<string, DocumentEntry>()
  #outbox = new Map<number, OutboxEntry>()
  #nextSeq = 1
  #postings = new Map<string, SearchPosting[]>()
  #sizes = new Map<string, DocumentSize>()
  #attachments = new Map<string, CachedAttachment>()
  #reports = new Map<string, CachedReport>()
  #listeners = new Set<() => void>()

  #changed(): void {
    for (const listener of this.#listeners) listener()
  }

  getSession(): Promise<Session | null> {
    return Promise.resolve(this.#session === null ? null : structuredClone(this.#session))
  }
  setSession(session: Session | null): Promise<void> {
    this.#session = session === null ? null : structuredClone(session)
    this.#changed()
    return Promise.resolve()
  }

  listUnits(): Promise<UnitRecord[]> {
    return Promise.resolve(structuredClone(this.#units))
  }
  replaceUnits(units: UnitRecord[]): Promise<void> {
    this.#units = structuredClone(units)
    this.#changed()
    return Promise.resolve()
  }

  listTemplates(): Promise<TemplateRecord[]> {
    return Promise.resolve(structuredClone(this.#templates))
  }
  replaceTemplates(templates: TemplateRecord[]): Promise<void> {
    this.#templates = structuredClone(templates)
    this.#changed()
    return Promise.resolve()
  }

  getDocument(id: string): Promise<DocumentEntry | undefined> {
    const entry = this.#documents.get(id)
    return Promise.resolve(entry === undefined ? undefined : structuredClone(entry))
  }
  listDocuments(unitId: string): Promise<DocumentEntry[]> {
    const entries = [...this.#documents.values()].filter((entry) => entry.unitId === unitId)
    return Promise.resolve(structuredClone(entries.sort(compareDocumentsNewestFirst)))
  }
  listAllDocuments(): Promise<DocumentEntry[]> {
    return Promise.resolve(structuredClone([...this.#documents.values()].sort(compareDocumentsNewestFirst)))
  }
  putDocument(entry: DocumentEntry): Promise<void> {
    this.#documents.set(entry.id, structuredClone(entry))
    this.#changed()
    return Promise.resolve()
  }
  updateDocument(id: string, patch: Partial<Omit<DocumentEntry, 'id'>>): Promise<void> {
    const entry = this.#documents.get(id)
    if (entry !== undefined) {
      this.#documents.set(id, { ...entry, ...structuredClone(patch) })
      this.#changed()
    }
    return Promise.resolve()
  }
  mergeServerDocuments(unitId: string, entries: DocumentEntry[]): Promise<void> {
    const local = [...this.#documents.values()].filter((entry) => entry.unitId === unitId)
    for (const entry of local) this.#documents.delete(entry.id)
    for (const entry of mergeDocumentLists(local, entries))
      this.#documents.set(entry.id, structuredClone(entry))
    this.#changed()
    return Promise.resolve()
  }

  enqueue(action: OutboxAction, createdAt: string): Promise<number> {
    const seq = this.#nextSeq++
    const entry: OutboxEntry = { seq, action, createdAt, attempts: 0, state: 'queued', lastError: null }
    this.#outbox.set(seq, structuredClone(entry))
    this.#changed()
    return Promise.resolve(seq)
  }
  listOutbox(): Promise<OutboxEntry[]> {
    return Promise.resolve(
      structuredClone([...this.#outbox.values()].sort((left, right) => left.seq - right.seq)),
    )
  }
  updateOutbox(seq: number, patch: Partial<Omit<OutboxEntry, 'seq' | 'action'>>): Promise<void> {
    const entry = this.#outbox.get(seq)
    if (entry !== undefined) {
      this.#outbox.set(seq, { ...entry, ...structuredClone(patch) })
      this.#changed()
    }
    return Promise.resolve()
  }
  removeOutbox(seq: number): Promise<void> {
    this.#outbox.delete(seq)
    this.#changed()
    return Promise.resolve()
  }

  replacePostings(docId: string, postings: SearchPosting[]): Promise<void> {
    if (postings.length === 0) this.#postings.delete(docId)
    else this.#postings.set(docId, structuredClone(postings))
    this.#changed()
    return Promise.resolve()
  }
  postingsFor(terms: string[]): Promise<SearchPosting[]> {
    const wanted = new Set(terms)
    const found = [...this.#postings.values()].flat().filter((posting) => wanted.has(posting.term))
    return Promise.resolve(structuredClone(found))
  }
  countIndexedDocuments(): Promise<number> {
    return Promise.resolve(this.#postings.size)
  }

  setDocumentSize(size: DocumentSize): Promise<void> {
    this.#sizes.set(size.docId, { ...size })
    this.#changed()
    return Promise.resolve()
  }
  listDocumentSizes(): Promise<DocumentSize[]> {
    return Promise.resolve([...this.#sizes.values()].map((size) => ({ ...size })))
  }

  putAttachment(attachment: CachedAttachment): Promise<void> {
    // Blobs are immutable, so keeping the same one is as good as a copy.
    this.#attachments.set(attachment.key, { ...attachment })
    this.#changed()
    return Promise.resolve()
  }
  getAttachment(key: string): Promise<CachedAttachment | undefined> {
    const found = this.#attachments.get(key)
    return Promise.resolve(found === undefined ? undefined : { ...found })
  }
  listAttachments(docId: string): Promise<CachedAttachment[]> {
    const found = [...this.#attachments.values()].filter((attachment) => attachment.docId === docId)
    return Promise.resolve(found.map((attachment) => ({ ...attachment })))
  }
  removeAttachment(key: string): Promise<void> {
    this.#attachments.delete(key)
    this.#changed()
    return Promise.resolve()
  }

  getCachedReport(key: string): Promise<CachedReport | undefined> {
    const found = this.#reports.get(key)
    return Promise.resolve(found === undefined ? undefined : structuredClone(found))
  }
  putCachedReport(report: CachedReport): Promise<void> {
    this.#reports.set(report.key, structuredClone(report))
    this.#changed()
    return Promise.resolve()
  }

  clear(): Promise<void> {
    this.#session = null
    this.#units = []
    this.#templates = []
    this.#documents.clear()
    this.#outbox.clear()
    this.#postings.clear()
    this.#sizes.clear()
    this.#attachments.clear()
    this.#reports.clear()
    this.#changed()
    return Promise.resolve()
  }
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }
}
