/** A timestamp field as an ISO string, whether the server sent an ISO string or epoch milliseconds. */
export function readTimestamp(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  if (typeof field === 'number' && Number.isFinite(field)) return new Date(field).toISOString()
  if (typeof field === 'string' && !Number.isNaN(Date.parse(field))) return new Date(field).toISOString()
  return undefined
}
