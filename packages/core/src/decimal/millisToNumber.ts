import { millisPerPoint } from './Millis'
import type { Millis } from './Millis'

/** Converts exact thousandths to a JSON number for output; 89500 → 89.5 (the division is correctly rounded). */
export function millisToNumber(millis: Millis): number {
  return millis / millisPerPoint
}
