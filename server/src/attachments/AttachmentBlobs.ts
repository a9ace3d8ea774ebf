import type { AttachmentRows } from '../storage/AttachmentRepo'

/**
 * Where attachment bytes live, content-addressed by sha256: files under `DATA_DIR/attachments` (one node, SQLite)
 * or the shared database (several nodes). `put` and `delete` run under the content lock, with its `rows`.
 */
export interface AttachmentBlobs {
  readonly kind: 'filesystem' | 'database'
  /** Durable when it resolves; storing the same content again is a no-op. */
  put(sha256: string, bytes: Uint8Array, rows: AttachmentRows): Promise<void>
  get(sha256: string): Promise<Uint8Array | undefined>
  delete(sha256: string, rows: AttachmentRows): Promise<void>
}
