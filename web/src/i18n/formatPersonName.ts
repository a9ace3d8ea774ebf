/**
 * 姓名: shown exactly as the person gave it. Chinese names are family name first with no separator, so any
 * Western first/last split or reordering would corrupt them; only surrounding whitespace is removed.
 */
export function formatPersonName(name: string): string {
  return name.trim()
}
