/**
 * A points field exactly as the server wrote it: strings stay as they are and numbers become their shortest
 * decimal text, so "92.50" is never turned into 92.5 and nothing is recomputed in floating point.
 */
export function readPoints(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  if (typeof field === 'string' && field.trim() !== '') return field
  if (typeof field === 'number' && Number.isFinite(field)) return String(field)
  return undefined
}
