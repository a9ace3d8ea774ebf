/**
 * Names of the IndexedDB databases (本地文档库) y-indexeddb keeps a document's two rooms in. The
 * storage panel deletes these (y-indexeddb's `clearDocument(name)`) to free a synced document.
 */
export function documentDatabaseNames(docId: string): { content: string; review: string } {
  return { content: `zhibu-doc:${docId}`, review: `zhibu-doc:${docId}:review` }
}
