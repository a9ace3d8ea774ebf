import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import type { AccessEvent } from './AccessEvent'
import type { SessionEvents } from './SessionEvents'

/** Settings of {@link RedisSessionEvents}. */
export interface RedisSessionEventsOptions {
  /** `redis://…` */
  url: string
  /** Channel prefix shared with the fan-out; the channel is `<prefix>access`. Default `zhibu:`. */
  prefix?: string
  onError?: (error: unknown) => void
}

function parseEnvelope(text: string): { origin: string; event: AccessEvent } | undefined {
  const value = JSON.parse(text) as {
    origin?: unknown
    event?: { kind?: unknown; tokenHash?: unknown; userId?: unknown }
  }
  if (typeof value.origin !== 'string' || value.event === undefined) return undefined
  const { kind, tokenHash, userId } = value.event
  if (kind === 'session-revoked' && typeof tokenHash === 'string') {
    return { origin: value.origin, event: { kind, tokenHash } }
  }
  if (kind === 'user-access-changed' && typeof userId === 'string') {
    return { origin: value.origin, event: { kind, userId } }
  }
  return undefined
}

/**
 * {@link SessionEvents} across nodes: 吊销 and role changes published on one node reach the sync rooms of every
 * node through one Redis channel. Local listeners are told at once, without the round trip; the echo from
 * Redis is ignored by origin. A lost message is covered by the rooms' periodic re-check.
 */
export class RedisSessionEvents implements SessionEvents {
  private readonly nodeId = randomUUID()
  private readonly channel: string
  private readonly publisher: Redis
  private readonly subscriber: Redis
  private readonly listeners = new Set<(event: AccessEvent) => void>()
  private readonly onError: (error: unknown) => void

  constructor(options: RedisSessionEventsOptions) {
    this.channel = `${options.prefix ?? 'zhibu:'}access`
    this.onError = options.onError ?? (() => undefined)
    this.publisher = new Redis(options.url, { maxRetriesPerRequest: 1 })
    this.subscriber = new Redis(options.url, { autoResubscribe: true })
    this.publisher.on('error', this.onError)
    this.subscriber.on('error', this.onError)
    this.subscriber.subscribe(this.channel).catch(this.onError)
    this.subscriber.on('message', (channel: string, text: string) => {
      if (channel !== this.channel) return
      let envelope: ReturnType<typeof parseEnvelope>
      try {
        envelope = parseEnvelope(text)
      } catch (error) {
        this.onError(error)
        return
      }
      if (envelope === undefined || envelope.origin === this.nodeId) return
      this.notify(envelope.event)
    })
  }

  publish(event: AccessEvent): void {
    this.notify(event)
    this.publisher.publish(this.channel, JSON.stringify({ origin: this.nodeId, event })).catch(this.onError)
  }

  subscribe(listener: (event: AccessEvent) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  async close(): Promise<void> {
    this.listeners.clear()
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()])
  }

  private notify(event: AccessEvent): void {
    for (const listener of this.listeners) listener(event)
  }
}
