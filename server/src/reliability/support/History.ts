/** One recorded event: what happened, to whom, when (ms since the run started). */
export interface HistoryEvent {
  at: number
  [field: string]: unknown
}

/**
 * The recorded history of a randomized run (edits, faults, reconnects), kept in memory and written out only when
 * the run fails. Capped so a long soak run cannot exhaust memory; the count of dropped events is kept.
 */
export class History {
  readonly events: HistoryEvent[] = []
  private readonly startedAt = Date.now()
  private overflow = 0

  constructor(private readonly limit = 200_000) {}

  add(event: Record<string, unknown>): void {
    if (this.events.length >= this.limit) {
      this.overflow++
      return
    }
    this.events.push({ at: Date.now() - this.startedAt, ...event })
  }

  count(kind: string): number {
    return this.events.filter((event) => event.kind === kind).length
  }

  toJSON(): { events: HistoryEvent[]; eventsNotRecorded: number } {
    return { events: this.events, eventsNotRecorded: this.overflow }
  }
}
