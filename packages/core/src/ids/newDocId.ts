// Core has no DOM or Node types; Web Crypto's getRandomValues is on globalThis in Node 20 and browsers.
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T }

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'

/** Length of a generated id: 21 characters of 6 bits each, 126 random bits. */
const docIdLength = 21

/**
 * [S101] A fresh document id, generated on the client so documents can be created offline. The
 * alphabet has exactly 64 symbols, so taking 6 bits of each random byte is unbiased.
 */
export function newDocId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(docIdLength))
  let id = ''
  for (const byte of bytes) id += alphabet[byte & 63]
  return id
}
