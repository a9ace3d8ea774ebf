import type { PresentUser } from './PresentUser'

/**
 * The distinct users in a set of awareness states, in a stable order. The `user` field is stamped by
 * the server with the authenticated user, so names here cannot be forged by another client; a user
 * with several tabs appears once.
 */
export function presentUsers(states: Map<number, Record<string, unknown>>): PresentUser[] {
  const users = new Map<string, PresentUser>()
  for (const state of states.values()) {
    const user = state['user']
    if (typeof user !== 'object' || user === null) continue
    const { id, name, color } = user as Record<string, unknown>
    if (typeof id !== 'string' || typeof name !== 'string') continue
    users.set(id, {
      id,
      name,
      color: typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#8c8c8c',
    })
  }
  return [...users.values()].sort(
    (left, right) => left.name.localeCompare(right.name, 'zh-CN') || left.id.localeCompare(right.id),
  )
}
