/**
 * The calendar day in Asia/Shanghai (UTC+8, no daylight saving since 1991) of a clock reading: branches keep
 * their meetings and deadlines on Beijing time whatever the server's own zone.
 */
export function shanghaiDate(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10)
}
