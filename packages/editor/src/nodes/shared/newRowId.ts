/**
 * A fresh id for a ledger row or resolution. Random, not counted, so two offline clients adding rows
 * never pick the same key in the shared map.
 */
export function newRowId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16)
}
