import { documentDatabaseNames } from '../document/documentDatabaseNames'
import type { LocalDocumentCopies } from './freeSyncedDocuments'
import { readLocalDocumentState } from './readLocalDocumentState'

/** The browser's local document copies: read from IndexedDB, cleared with y-indexeddb's `clearDocument`. */
export const localDocumentCopies: LocalDocumentCopies = {
  read: (docId) => readLocalDocumentState(docId),
  async clear(docId) {
    // Loaded on demand so y-indexeddb and Yjs stay out of the shell's initial JavaScript.
    const { clearDocument } = await import('y-indexeddb')
    const names = documentDatabaseNames(docId)
    await Promise.all([clearDocument(names.content), clearDocument(names.review)])
  },
}
