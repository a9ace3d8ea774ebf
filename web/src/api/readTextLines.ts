import { readField } from './readField'

/**
 * Human-readable lines (explanations, advisories): each entry a string, or an object whose `message`, `text`
 * or `title` is one. Anything else is skipped rather than shown as "[object Object]".
 */
export function readTextLines(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const lines: string[] = []
  for (const entry of value) {
    const text =
      typeof entry === 'string'
        ? entry
        : (readField(entry, 'message') ?? readField(entry, 'text') ?? readField(entry, 'title'))
    if (text !== undefined && text.trim() !== '') lines.push(text)
  }
  return lines
}
