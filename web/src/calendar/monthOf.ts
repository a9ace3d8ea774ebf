/** Year and month (1–12) of a YYYY-MM-DD (or ISO) date string, read from the digits, never through a Date. */
export function monthOf(date: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})/.exec(date)
  if (match === null) return null
  const month = Number(match[2])
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null
}
