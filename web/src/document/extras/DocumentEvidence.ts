import type { Role } from '@zhibu/core'
import type { EvidenceFile, EvidenceService } from '@zhibu/editor'
import type { AttachmentRecord, DocumentExtrasApi } from '../../api/DocumentExtrasApi'
import { queueEvidenceUpload } from '../../outbox/queueEvidenceUpload'
import type { CachedAttachment } from '../../storage/CachedAttachment'
import type { WorkspaceStore } from '../../storage/WorkspaceStore'

/** Photos up to this size are fetched for thumbnails as soon as they are listed, so they show offline. */
const prefetchLimit = 2 * 1024 * 1024

/** What {@link DocumentEvidence} needs from the page. */
export interface DocumentEvidenceOptions {
  docId: string
  /** the signed-in user: their own uploads may be removed */
  userId: string
  role: Role | undefined
  store: WorkspaceStore
  api: DocumentExtrasApi
  /** whether the browser believes it is online (navigator.onLine by default) */
  isOnline?: () => boolean
  /** shows a file's bytes to the user (opens a tab); replaced in tests */
  show?: (url: string, name: string) => void
  createObjectUrl?: (blob: Blob) => string
  revokeObjectUrl?: (url: string) => void
  /** the message shown when an uploaded file is removed offline */
  offlineRemoveMessage?: () => string
}

/** 上传证据 column by role: editors (and admins) fill 自查, certifiers 考核, everyone else only reads. */
function uploadColumnOf(role: Role | undefined): EvidenceService['uploadColumn'] {
  if (role === 'editor' || role === 'admin') return 'self'
  if (role === 'certifier') return 'inspector'
  return null
}

function showInNewTab(url: string, name: string): void {
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener'
  link.download = name
  link.click()
}

/**
 * 佐证材料 of one open document: the server's list merged with the device's copies (downloads kept for
 * offline viewing, uploads queued offline). Uploads go straight to the API when online and fall back to the
 * outbox when the server is out of reach; the outbox replays them idempotently (the server dedupes by sha256).
 */
export class DocumentEvidence implements EvidenceService {
  readonly uploadColumn: EvidenceService['uploadColumn']
  readonly #options: DocumentEvidenceOptions
  readonly #listeners = new Set<() => void>()
  readonly #urls = new Map<string, string>()
  #server: AttachmentRecord[] = []
  #local: CachedAttachment[] = []
  #files: EvidenceFile[] = []
  #disposed = false
  #unsubscribeStore: () => void

  constructor(options: DocumentEvidenceOptions) {
    this.#options = options
    this.uploadColumn = uploadColumnOf(options.role)
    // The outbox re-keys a queued upload once the server accepts it; re-read the device copies then.
    this.#unsubscribeStore = options.store.subscribe(() => void this.#reloadLocal())
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  list(itemId: string): readonly EvidenceFile[] {
    return this.#files.filter((file) => file.itemId === itemId)
  }

  /** Reads the device copies, then (when reachable) the server's list, and prefetches small photos. */
  async refresh(): Promise<void> {
    await this.#reloadLocal()
    const listed = await this.#options.api.listAttachments(this.#options.docId)
    if (!listed.ok || this.#disposed) return
    this.#server = listed.value
    this.#rebuild()
    await this.#prefetchPhotos()
  }

  async upload(itemId: string, column: 'self' | 'inspector', files: readonly File[]): Promise<void> {
    const { docId, api, store } = this.#options
    const online = this.#options.isOnline?.() ?? navigator.onLine
    for (const file of files) {
      const mimeType = file.type === '' ? 'application/octet-stream' : file.type
      if (online) {
        const result = await api.uploadAttachment({ docId, itemId, column, name: file.name, mimeType }, file)
        if (result.ok) {
          await store.putAttachment(cachedCopy(result.value, file))
          this.#server = [...this.#server.filter((known) => known.id !== result.value.id), result.value]
          continue
        }
        if (result.error.status !== 0) throw new Error(result.error.message)
      }
      await queueEvidenceUpload(store, { docId, itemId, column, name: file.name, mimeType, blob: file })
    }
    await this.#reloadLocal()
  }

  open(file: EvidenceFile): void {
    void this.#blobOf(file.key).then((blob) => {
      if (blob === null) return
      const show = this.#options.show ?? showInNewTab
      show(this.#urlOf(file.key, blob), file.name)
    })
  }

  /** Removes a queued file from the device (and its upload from the outbox), or an uploaded one from the server. */
  async remove(file: EvidenceFile): Promise<void> {
    const { store, api } = this.#options
    if (file.state !== 'uploaded') {
      await store.removeAttachment(file.key)
      for (const entry of await store.listOutbox()) {
        if (entry.action.type === 'uploadAttachment' && entry.action.body.localKey === file.key)
          await store.removeOutbox(entry.seq)
      }
      return
    }
    const result = await api.deleteAttachment(file.key)
    if (!result.ok && result.error.status !== 404) {
      throw new Error(
        result.error.status === 0
          ? (this.#options.offlineRemoveMessage?.() ?? result.error.message)
          : result.error.message,
      )
    }
    this.#server = this.#server.filter((record) => record.id !== file.key)
    await store.removeAttachment(file.key)
    await this.#reloadLocal()
  }

  dispose(): void {
    this.#disposed = true
    this.#unsubscribeStore()
    this.#listeners.clear()
    const revoke = this.#options.revokeObjectUrl ?? ((url: string) => URL.revokeObjectURL(url))
    for (const url of this.#urls.values()) revoke(url)
    this.#urls.clear()
  }

  async #reloadLocal(): Promise<void> {
    const local = await this.#options.store.listAttachments(this.#options.docId)
    if (this.#disposed) return
    this.#local = local
    this.#rebuild()
  }

  /** The bytes from the device, else downloaded and kept there for next time (offline viewing). */
  async #blobOf(key: string): Promise<Blob | null> {
    const cached = this.#local.find((local) => local.key === key)
    if (cached?.blob !== undefined && cached.blob !== null) return cached.blob
    const record = this.#server.find((attachment) => attachment.id === key)
    if (record === undefined) return null
    const downloaded = await this.#options.api.downloadAttachment(record.id)
    if (!downloaded.ok) return null
    await this.#options.store.putAttachment(cachedCopy(record, downloaded.value))
    return downloaded.value
  }

  async #prefetchPhotos(): Promise<void> {
    const cached = new Set(this.#local.filter((local) => local.blob !== null).map((local) => local.key))
    for (const record of this.#server) {
      if (this.#disposed) return
      if (cached.has(record.id) || !record.mimeType.startsWith('image/') || record.size > prefetchLimit)
        continue
      await this.#blobOf(record.id)
    }
  }

  #urlOf(key: string, blob: Blob): string {
    const known = this.#urls.get(key)
    if (known !== undefined) return known
    const url = (this.#options.createObjectUrl ?? ((bytes: Blob) => URL.createObjectURL(bytes)))(blob)
    this.#urls.set(key, url)
    return url
  }

  #rebuild(): void {
    const byKey = new Map<string, EvidenceFile>()
    const preview = (key: string, mimeType: string): string | null => {
      const blob = this.#local.find((local) => local.key === key)?.blob ?? null
      return blob !== null && mimeType.startsWith('image/') ? this.#urlOf(key, blob) : null
    }
    const admin = this.#options.role === 'admin'
    for (const record of this.#server) {
      byKey.set(record.id, {
        ...pick(record),
        key: record.id,
        state: 'uploaded',
        previewUrl: preview(record.id, record.mimeType),
        removable: admin || record.uploadedBy === this.#options.userId,
      })
    }
    for (const local of this.#local) {
      if (byKey.has(local.key)) continue
      // Only this device's own uploads are known here without the server's list (sign-out clears the table).
      byKey.set(local.key, {
        ...pick(local),
        key: local.key,
        state: local.state,
        previewUrl: preview(local.key, local.mimeType),
        removable: true,
      })
    }
    this.#files = [...byKey.values()]
    for (const listener of this.#listeners) listener()
  }
}

function pick(
  source: AttachmentRecord | CachedAttachment,
): Omit<EvidenceFile, 'key' | 'state' | 'previewUrl'> {
  return {
    itemId: source.itemId,
    column: source.column,
    name: source.name,
    mimeType: source.mimeType,
    size: source.size,
  }
}

function cachedCopy(record: AttachmentRecord, blob: Blob): CachedAttachment {
  return {
    key: record.id,
    docId: record.docId,
    itemId: record.itemId,
    column: record.column,
    name: record.name,
    mimeType: record.mimeType,
    size: record.size,
    blob,
    attachmentId: record.id,
    state: 'uploaded',
    uploadedAt: record.uploadedAt,
  }
}
