import * as Y from 'yjs'

/** A shared value as plain JSON: Y types through `toJSON()`, anything else unchanged. */
export function plainValue(value: unknown): unknown {
  if (value instanceof Y.AbstractType) return value.toJSON() as unknown
  return value
}
