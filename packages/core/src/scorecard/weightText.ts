import { formatPoints } from '../decimal/formatPoints'

/** A per-mille weight as a percentage: 400 → "40%", 125 → "12.5%". */
export function weightText(weight: number): string {
  return `${formatPoints(weight * 100)}%`
}
