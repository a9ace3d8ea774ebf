import { randomBytes } from 'node:crypto'

/** An opaque bearer token: 32 random bytes, base64url. */
export function createToken(): string {
  return randomBytes(32).toString('base64url')
}
