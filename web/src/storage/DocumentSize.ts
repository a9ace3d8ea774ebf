/** 本地占用: bytes a document's local copy takes in IndexedDB and whether it was fully synced, as last measured. */
export interface DocumentSize {
  docId: string
  bytes: number
  synced: boolean
  measuredAt: string
}
