import * as Y from 'yjs'

/**
 * Edit-to-peer latency without applying updates: writers log (their clock after the edit, send time); an
 * observer reads each incoming update's clock range (Y.parseUpdateMeta) and takes a sample for every logged edit
 * it now covers. Only edits sent inside the measuring window are sampled.
 */
export class EditLatencyTracker {
  readonly samples: number[] = []
  private readonly sent = new Map<number, { clock: number; at: number }[]>()
  private readonly cursors: Map<number, number>[] = []
  private window: { from: number; to: number } = { from: Infinity, to: Infinity }
  private expected = 0
  private delivered = 0

  /** Registers an observer; returns the callback for its incoming updates. */
  observer(ownClientId: number): (update: Uint8Array) => void {
    const cursors = new Map<number, number>()
    this.cursors.push(cursors)
    return (update) => {
      const now = performance.now()
      const { to } = Y.parseUpdateMeta(update)
      for (const [client, clock] of to) {
        if (client === ownClientId) continue
        const log = this.sent.get(client)
        if (log === undefined) continue
        let cursor = cursors.get(client) ?? 0
        while (cursor < log.length && log[cursor]!.clock <= clock) {
          const entry = log[cursor]!
          if (entry.at >= this.window.from && entry.at < this.window.to) {
            this.samples.push(now - entry.at)
            this.delivered += 1
          }
          cursor += 1
        }
        cursors.set(client, cursor)
      }
    }
  }

  /** Logs a writer's edit: `clock` is its state after the edit. */
  sentEdit(clientId: number, clock: number, observers: number): void {
    const at = performance.now()
    let log = this.sent.get(clientId)
    if (log === undefined) {
      log = []
      this.sent.set(clientId, log)
    }
    log.push({ clock, at })
    if (at >= this.window.from && at < this.window.to) this.expected += observers
  }

  startWindow(): void {
    this.window = { from: performance.now(), to: Infinity }
  }

  endWindow(): void {
    this.window = { ...this.window, to: performance.now() }
  }

  /** Deliveries still missing for edits sent in the window. */
  get missing(): number {
    return this.expected - this.delivered
  }
}
