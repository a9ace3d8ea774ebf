/** What one outbox replay did: how many actions the server accepted or refused, and why it stopped early. */
export interface ReplayReport {
  sent: number
  failed: number
  /** `network`: server unreachable or busy, retry later; `unauthorized`: sign in again; null: queue drained. */
  stoppedBy: 'network' | 'unauthorized' | null
}
