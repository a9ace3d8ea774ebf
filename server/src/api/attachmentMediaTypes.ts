const zip = [0x50, 0x4b, 0x03, 0x04]
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/**
 * The file types evidence may be (photos, PDF scans, office documents), each with the leading bytes its content
 * must start with: a file is served back with the type it was uploaded as, so the type must be true.
 */
const signatures: Record<string, ReadonlyArray<ReadonlyArray<number | undefined>>> = {
  'image/jpeg': [[0xff, 0xd8, 0xff]],
  'image/png': [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  'image/gif': [[0x47, 0x49, 0x46, 0x38]],
  // RIFF....WEBP
  'image/webp': [
    [0x52, 0x49, 0x46, 0x46, undefined, undefined, undefined, undefined, 0x57, 0x45, 0x42, 0x50],
  ],
  'application/pdf': [[0x25, 0x50, 0x44, 0x46, 0x2d]],
  'application/msword': [ole],
  'application/vnd.ms-excel': [ole],
  'application/vnd.ms-powerpoint': [ole],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': [zip],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': [zip],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': [zip],
}

/** Content types accepted by `POST /api/docs/:id/attachments`. */
export const attachmentMediaTypes: readonly string[] = Object.keys(signatures)

/** Largest attachment accepted: 20 MiB. */
export const maxAttachmentBytes = 20 * 1024 * 1024

/** The bare media type of a content-type header (`image/png; charset=x` → `image/png`), lower-cased. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase()
}

/** True when `bytes` start the way files of `mediaType` do. */
export function contentMatchesMediaType(mediaType: string, bytes: Uint8Array): boolean {
  return (signatures[mediaType] ?? []).some(
    (signature) =>
      bytes.length >= signature.length &&
      signature.every((byte, index) => byte === undefined || bytes[index] === byte),
  )
}

/** Shown in the browser (photos, PDF) rather than saved. */
export function isInlineMediaType(mediaType: string): boolean {
  return mediaType.startsWith('image/') || mediaType === 'application/pdf'
}
