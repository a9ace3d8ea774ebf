import { millisPerPoint } from './Millis'
import type { Millis } from './Millis'

/** Formats exact thousandths as the shortest decimal string: 500 → "0.5", 2000 → "2", -1250 → "-1.25". */
export function formatPoints(millis: Millis): string {
  const sign = millis < 0 ? '-' : ''
  const magnitude = Math.abs(millis)
  const whole = Math.floor(magnitude / millisPerPoint)
  const fraction = String(magnitude % millisPerPoint)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`
}
