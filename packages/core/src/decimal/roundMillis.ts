import type { Millis } from './Millis'

/** 取整方式 — how a total is rounded before it is compared with grade bands. */
export type RoundingMode = 'none' | 'half-up' | 'floor' | 'ceil'

/**
 * Rounds exact thousandths to `decimals` decimal places (0–3).
 * half-up rounds halves away from zero, the way score sheets are rounded by hand (89.5 → 90).
 */
export function roundMillis(millis: Millis, mode: RoundingMode, decimals: number): Millis {
  if (mode === 'none' || decimals >= 3) return millis
  const step = 10 ** (3 - decimals)
  const magnitude = Math.abs(millis)
  const sign = millis < 0 ? -1 : 1
  const below = Math.floor(magnitude / step) * step
  const remainder = magnitude - below
  let rounded: number
  switch (mode) {
    case 'floor':
      rounded = sign > 0 ? below : remainder === 0 ? below : below + step
      break
    case 'ceil':
      rounded = sign > 0 ? (remainder === 0 ? below : below + step) : below
      break
    case 'half-up':
      rounded = remainder * 2 >= step ? below + step : below
      break
  }
  return sign * rounded
}
