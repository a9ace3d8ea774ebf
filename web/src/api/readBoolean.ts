/** A boolean field of an untrusted JSON object, or undefined when it is missing or not a boolean. */
export function readBoolean(value: unknown, key: string): boolean | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  return typeof field === 'boolean' ? field : undefined
}
