/** One edit the ledger follows. */
export interface LedgerEdit {
  key: string
  /** The Yjs client id that made it and the clock just after it: a state vector covers it from that clock on. */
  clientId: number
  clock: number
  acknowledged: boolean
  /** Another client received it from the server. */
  seen: boolean
}

/**
 * Jepsen's bookkeeping for a Yjs document: every edit made, which the server acknowledged (an `?ack=1` state
 * vector covering it: the room only holds committed updates, so that vector is a promise of durability) and which
 * another client saw broadcast (the server broadcasts only committed updates). Those two kinds must survive any
 * crash; the rest may be lost, and are counted apart so the report says how many were at risk.
 */
export class AckLedger {
  private readonly edits = new Map<string, LedgerEdit>()
  private readonly byClient = new Map<number, { edits: LedgerEdit[]; firstUnacknowledged: number }>()
  readonly lost = new Set<string>()

  /** Edits recorded so far. */
  get size(): number {
    return this.edits.size
  }

  record(key: string, clientId: number, clock: number): void {
    const edit: LedgerEdit = { key, clientId, clock, acknowledged: false, seen: false }
    this.edits.set(key, edit)
    let client = this.byClient.get(clientId)
    if (client === undefined) {
      client = { edits: [], firstUnacknowledged: 0 }
      this.byClient.set(clientId, client)
    }
    client.edits.push(edit)
  }

  /** A state vector the server acknowledged: it covers every edit whose clock it reaches. */
  acknowledge(stateVector: Map<number, number>): void {
    for (const [clientId, clock] of stateVector) {
      const client = this.byClient.get(clientId)
      if (client === undefined) continue
      while (
        client.firstUnacknowledged < client.edits.length &&
        client.edits[client.firstUnacknowledged]!.clock <= clock
      ) {
        client.edits[client.firstUnacknowledged]!.acknowledged = true
        client.firstUnacknowledged++
      }
    }
  }

  /** Another client received the edit `key` from the server. */
  seen(key: string): void {
    const edit = this.edits.get(key)
    if (edit !== undefined) edit.seen = true
  }

  /** Acknowledged or seen: the edits that must survive. */
  promised(): LedgerEdit[] {
    return [...this.edits.values()].filter((edit) => edit.acknowledged || edit.seen)
  }

  /**
   * Checks every promised edit against what was read back from the server after a crash; the ones `isPresent`
   * rejects are added to {@link lost} and returned.
   */
  verify(isPresent: (edit: LedgerEdit) => boolean): LedgerEdit[] {
    const missing = this.promised().filter((edit) => !isPresent(edit))
    for (const edit of missing) this.lost.add(edit.key)
    return missing
  }

  counts(): { edits: number; acknowledged: number; seen: number; promised: number; lost: number } {
    const all = [...this.edits.values()]
    return {
      edits: all.length,
      acknowledged: all.filter((edit) => edit.acknowledged).length,
      seen: all.filter((edit) => edit.seen).length,
      promised: all.filter((edit) => edit.acknowledged || edit.seen).length,
      lost: this.lost.size,
    }
  }
}
