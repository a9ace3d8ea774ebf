import type { PersistedSyncState } from './PersistedSyncState'

const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length >= 2 && typeof value[0] === 'number' && typeof value[1] === 'number'

/**
 * Checks a value read back from IndexedDB before the tracker trusts it; anything malformed (an older
 * format, a damaged store) reads as "nothing known", which at worst shows a change as pending again.
 */
export function readPersistedSyncState(value: unknown): PersistedSyncState | null {
  if (typeof value !== 'object' || value === null) return null
  const { pending, serverState } = value as Record<string, unknown>
  if (!Array.isArray(pending) || !Array.isArray(serverState)) return null
  if (!pending.every(isPair) || !serverState.every(isPair)) return null
  return {
    pending: pending.map(([client, clock, deletesOnly]: [number, number, unknown?]) => [
      client,
      clock,
      deletesOnly === 1 ? 1 : 0,
    ]),
    serverState: serverState.map(([client, clock]) => [client, clock]),
  }
}
