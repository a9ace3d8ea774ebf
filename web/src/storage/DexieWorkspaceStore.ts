import { Dexie, type Table } from 'dexie'
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

interface SessionRow {
  key: 'current'
  session: Session
}

class WorkspaceDatabase extends Dexie {
  session!: Table<SessionRow, 'current'>
  units!: Table<UnitRecord, string>
  templates!: Table<TemplateRecord, string>
  documents!: Table<DocumentEntry, string>
  outbox!: Table<OutboxEntry, number>
  postings!: Table<SearchPosting, [string, string]>
  documentSizes!: Table<DocumentSize, string>
  attachments!: Table<CachedAttachment, string>
  reportCache!: Table<CachedReport, string>

  constructor(name: string) {
    super(name)
    this.version(1).stores({
      session: 'key',
      units: 'id',
      templates: 'id',
      documents: 'id, unitId',
      outbox: '++seq',
      postings: '[docId+term], term, docId',
      documentSizes: 'docId',
    })
    // Version 2 adds evidence files (downloaded copies and uploads queued offline); nothing else changes.
    this.version(2).stores({ attachments: 'key, docId' })
    // Version 3 adds the unit views' offline copies (calendar, scorecard, ranking, schedules).
    this.version(3).stores({ reportCache: 'key' })
  }
}

/** WorkspaceStore on IndexedDB through Dexie; one database per browser profile (`zhibu-workspace`). */
export class DexieWorkspaceStore implements WorkspaceStore {
  readonly #db: WorkspaceDatabase
  readonly #listeners = new Set<() => void>()

  constructor(name = 'zhibu-workspace') {
    this.#db = new WorkspaceDatabase(name)
  }

  async #write<T>(action: () => Promise<T>): Promise<T> {
    const result = await action()
    for (const listener of this.#listeners) listener()
    return result
  }

  async getSession(): Promise<Session | null> {
    return (await this.#db.session.get('current'))?.session ?? null
  }
  setSession(session: Session | null): Promise<void> {
    return this.#write(async () => {
      if (session === null) await this.#db.session.delete('current')
      else await this.#db.session.put({ key: 'current', session })
    })
  }

  listUnits(): Promise<UnitRecord[]> {
    return this.#db.units.toArray()
  }
  replaceUnits(units: UnitRecord[]): Promise<void> {
    return this.#write(() =>
      this.#db.transaction('rw', this.#db.units, async () => {
        await this.#db.units.clear()
        await this.#db.units.bulkPut(units)
      }),
    )
  }

  listTemplates(): Promise<TemplateRecord[]> {
    return this.#db.templates.toArray()
  }
  replaceTemplates(templates: TemplateRecord[]): Promise<void> {
    return this.#write(() =>
      this.#db.transaction('rw', this.#db.templates, async () => {
        await this.#db.templates.clear()
        await this.#db.templates.bulkPut(templates)
      }),
    )
  }

  getDocument(id: string): Promise<DocumentEntry | undefined> {
    return this.#db.documents.get(id)
  }
  async listDocuments(unitId: string): Promise<DocumentEntry[]> {
    return (await this.#db.documents.where('unitId').equals(unitId).toArray()).sort(
      compareDocumentsNewestFirst,
    )
  }
  async listAllDocuments(): Promise<DocumentEntry[]> {
    return (await this.#db.documents.toArray()).sort(compareDocumentsNewestFirst)
  }
  putDocument(entry: DocumentEntry): Promise<void> {
    return this.#write(async () => {
      await this.#db.documents.put(entry)
    })
  }
  updateDocument(id: string, patch: Partial<Omit<DocumentEntry, 'id'>>): Promise<void> {
    return this.#write(async () => {
      await this.#db.documents.update(id, patch)
    })
  }
  mergeServerDocuments(unitId: string, entries: DocumentEntry[]): Promise<void> {
    return this.#write(() =>
      this.#db.transaction('rw', this.#db.documents, async () => {
        const local = await this.#db.documents.where('unitId').equals(unitId).toArray()
        await this.#db.documents.bulkDelete(local.map((entry) => entry.id))
        await this.#db.documents.bulkPut(mergeDocumentLists(local, entries))
      }),
    )
  }

  enqueue(action: OutboxAction, createdAt: string): Promise<number> {
    return this.#write(async () => {
      // seq is auto-incremented by IndexedDB, so it only grows, even across sign-outs.
      const row = { action, createdAt, attempts: 0, state: 'queued', lastError: null } as Omit<
        OutboxEntry,
        'seq'
      >
      return this.#db.outbox.add(row as OutboxEntry)
    })
  }
  listOutbox(): Promise<OutboxEntry[]> {
    return this.#db.outbox.orderBy('seq').toArray()
  }
  updateOutbox(seq: number, patch: Partial<Omit<OutboxEntry, 'seq' | 'action'>>): Promise<void> {
    return this.#write(async () => {
      await this.#db.outbox.update(seq, patch)
    })
  }
  removeOutbox(seq: number): Promise<void> {
    return this.#write(() => this.#db.outbox.delete(seq))
  }

  replacePostings(docId: string, postings: SearchPosting[]): Promise<void> {
    return this.#write(() =>
      this.#db.transaction('rw', this.#db.postings, async () => {
        await this.#db.postings.where('docId').equals(docId).delete()
        await this.#db.postings.bulkPut(postings)
      }),
    )
  }
  postingsFor(terms: string[]): Promise<SearchPosting[]> {
    return this.#db.postings.where('term').anyOf(terms).toArray()
  }
  async countIndexedDocuments(): Promise<number> {
    return (await this.#db.postings.orderBy('docId').uniqueKeys()).length
  }

  setDocumentSize(size: DocumentSize): Promise<void> {
    return this.#write(async () => {
      await this.#db.documentSizes.put(size)
    })
  }
  listDocumentSizes(): Promise<DocumentSize[]> {
    return this.#db.documentSizes.toArray()
  }

  putAttachment(attachment: CachedAttachment): Promise<void> {
    return this.#write(async () => {
      await this.#db.attachments.put(attachment)
    })
  }
  getAttachment(key: string): Promise<CachedAttachment | undefined> {
    return this.#db.attachments.get(key)
  }
  listAttachments(docId: string): Promise<CachedAttachment[]> {
    return this.#db.attachments.where('docId').equals(docId).toArray()
  }
  removeAttachment(key: string): Promise<void> {
    return this.#write(() => this.#db.attachments.delete(key))
  }

  getCachedReport(key: string): Promise<CachedReport | undefined> {
    return this.#db.reportCache.get(key)
  }
  putCachedReport(report: CachedReport): Promise<void> {
    return this.#write(async () => {
      await this.#db.reportCache.put(report)
    })
  }

  clear(): Promise<void> {
    const db = this.#db
    return this.#write(() =>
      db.transaction(
        'rw',
        [
          db.session,
          db.units,
          db.templates,
          db.documents,
          db.outbox,
          db.postings,
          db.documentSizes,
          db.attachments,
          db.reportCache,
        ],
        async () => {
          await Promise.all(db.tables.map((table) => table.clear()))
        },
      ),
    )
  }
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Closes the database (tests open many stores). */
  close(): void {
    this.#db.close()
  }
}
