/** Smallest count that is more than half of `total` (so 2·count > total), integer-only. */
export function majorityMinimum(total: number): number {
  return Math.floor(total / 2) + 1
}
