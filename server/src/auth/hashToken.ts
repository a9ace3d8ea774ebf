import { createHash } from 'node:crypto'

/** Session tokens are stored only as their sha256, so a leaked database holds no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
