import type { AccessEvent } from './AccessEvent'
import type { SessionEvents } from './SessionEvents'

/** {@link SessionEvents} within one process. */
export class LocalSessionEvents implements SessionEvents {
  private readonly listeners = new Set<(event: AccessEvent) => void>()

  publish(event: AccessEvent): void {
    for (const listener of this.listeners) listener(event)
  }

  subscribe(listener: (event: AccessEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  close(): Promise<void> {
    this.listeners.clear()
    return Promise.resolve()
  }
}
