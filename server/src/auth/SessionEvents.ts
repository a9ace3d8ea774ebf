import type { AccessEvent } from './AccessEvent'

/**
 * The bus that tells every node's sync rooms about revocations and role changes at once.
 * In process by default ({@link LocalSessionEvents}); a Redis implementation carries it across nodes.
 * Delivery is a fast path only: rooms also re-check every socket on a timer, so a lost event costs
 * at most one re-check interval.
 */
export interface SessionEvents {
  publish(event: AccessEvent): void
  subscribe(listener: (event: AccessEvent) => void): () => void
  close(): Promise<void>
}
