import type { Session } from '../storage/Session'
import { readField } from './readField'

/** `{token, user}` from login or setup; the display name falls back to the username. */
export function parseSession(value: unknown): Session | null {
  const token = readField(value, 'token')
  const user =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>).user : undefined
  const id = readField(user, 'id')
  if (token === undefined || id === undefined) return null
  const username = readField(user, 'username')
  const name = readField(user, 'displayName') ?? readField(user, 'name') ?? username ?? id
  return { token, user: username === undefined ? { id, name } : { id, name, username } }
}
