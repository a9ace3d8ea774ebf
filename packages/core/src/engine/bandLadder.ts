import type { GradeBand } from '../scheme/GradeBand'

/** Where a band's lower end sits; an exclusive bound sits just above its points. */
function lowerKey(band: GradeBand): number {
  return band.from === undefined
    ? Number.NEGATIVE_INFINITY
    : band.from.points * 2 + (band.from.inclusive ? 0 : 1)
}

/** The bands from lowest to highest (bands tile the score line, so "above" is well defined). */
export function bandLadder(bands: readonly GradeBand[]): readonly GradeBand[] {
  return [...bands].sort((left, right) => lowerKey(left) - lowerKey(right))
}
