/** A non-negative integer field (a count, a rank, a year), whether sent as a number or as digits. */
export function readCount(value: unknown, key: string): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  if (typeof field === 'number' && Number.isInteger(field) && field >= 0) return field
  if (typeof field === 'string' && /^\d+$/.test(field)) return Number(field)
  return undefined
}
