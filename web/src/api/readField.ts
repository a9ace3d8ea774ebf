/** Reads a string field of an untrusted JSON object, or undefined when it is missing or not a string. */
export function readField(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  return typeof field === 'string' ? field : undefined
}
