import * as Y from 'yjs'
import type { ItemAnswer } from '../scheme/ItemAnswer'

// Record-valued fields become nested Y.Maps so two people ticking different rules of one item merge.
const keyedFields = new Set(['deductions', 'bonuses', 'checked'])

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left) === JSON.stringify(right)
}

function writeKeyed(entry: Y.Map<unknown>, field: string, value: Record<string, unknown>): void {
  let nested = entry.get(field)
  if (!(nested instanceof Y.Map)) {
    nested = new Y.Map<unknown>()
    entry.set(field, nested)
  }
  const target = nested as Y.Map<unknown>
  for (const key of [...target.keys()]) if (!(key in value)) target.delete(key)
  for (const [key, hit] of Object.entries(value)) if (!sameValue(target.get(key), hit)) target.set(key, hit)
}

/**
 * [S203] Write one item's answer into an answer column (`answers` or `inspection`), changing only
 * what differs: untouched fields and untouched rule hits keep their Yjs identity, so concurrent edits
 * to other parts of the same item survive. `null` removes the answer (the item becomes missing).
 */
export function writeItemAnswer(column: Y.Map<unknown>, itemId: string, answer: ItemAnswer | null): void {
  const write = (): void => {
    if (answer === null) {
      column.delete(itemId)
      return
    }
    let entry = column.get(itemId)
    if (!(entry instanceof Y.Map)) {
      entry = new Y.Map<unknown>()
      column.set(itemId, entry)
    }
    const target = entry as Y.Map<unknown>
    const fields = answer as Readonly<Record<string, unknown>>
    for (const key of [...target.keys()]) if (fields[key] === undefined) target.delete(key)
    for (const [field, value] of Object.entries(fields)) {
      if (value === undefined) continue
      if (keyedFields.has(field) && isRecord(value)) writeKeyed(target, field, value)
      else if (!sameValue(target.get(field), value)) target.set(field, value)
    }
  }
  if (column.doc === null) write()
  else column.doc.transact(write)
}
