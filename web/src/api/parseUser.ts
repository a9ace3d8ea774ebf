import type { Session } from '../storage/Session'
import { parseSession } from './parseSession'

/** The user of `GET /api/auth/me`, bare or as `{user}`. */
export function parseUser(value: unknown): Session['user'] | null {
  const user = typeof value === 'object' && value !== null && 'user' in value ? value.user : value
  return parseSession({ token: '-', user })?.user ?? null
}
