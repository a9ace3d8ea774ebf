/** 本地副本状态: what a document's local copy takes on the device and whether the server has all its changes. */
export interface LocalDocumentState {
  bytes: number
  /** No local change is waiting for the server's acknowledgement (false while any is). */
  synced: boolean
}
