/** The server a convergence run talks to, and how the run reads the server's state back. */
export interface ConvergenceTarget {
  /** `ws://host:port` of the server (the proxy forwards `/sync/<room>?…` there). */
  origin: string
  /** Token of a user who may edit the documents {@link createDocument} makes. */
  token: string
  createDocument(title: string): Promise<string>
  /** The live room document's whole state (a Yjs update), after every queued write has committed. */
  readRoom(docId: string): Promise<Uint8Array>
  /** The state rebuilt from nothing but the store's rows (a Yjs update). */
  readStore(docId: string): Promise<Uint8Array>
}
