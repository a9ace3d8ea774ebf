/** Smallest count that is at least four fifths of `total` (5·count ≥ 4·total), integer-only. */
export function fourFifthsMinimum(total: number): number {
  return Math.floor((4 * total + 4) / 5)
}
