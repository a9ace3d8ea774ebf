/** The array the server answered, either bare or wrapped as `{ <key>: [...] }` under one of `keys`. */
export function readList(value: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(value)) return value
  if (typeof value === 'object' && value !== null) {
    for (const key of keys) {
      const wrapped = (value as Record<string, unknown>)[key]
      if (Array.isArray(wrapped)) return wrapped
    }
  }
  return []
}
