const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

/**
 * A client-side document id: 22 url-safe characters (132 random bits from crypto.getRandomValues), matching the
 * server's `^[A-Za-z0-9_-]{8,64}$`, so a document can be created offline without asking anyone for an id.
 */
export function generateDocumentId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22))
  // 64 symbols divide 256 evenly, so masking to 6 bits keeps every symbol equally likely.
  return Array.from(bytes, (byte) => alphabet[byte & 63]).join('')
}
