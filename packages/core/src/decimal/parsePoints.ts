import { millisPerPoint } from './Millis'
import type { Millis } from './Millis'

/** Why a value is not an exact point amount. */
export type PointsErrorCode = 'points.not-a-number' | 'points.too-precise' | 'points.too-large'

/** Either exact thousandths or the reason the value cannot be one. */
export type ParsedPoints =
  { readonly ok: true; readonly value: Millis } | { readonly ok: false; readonly code: PointsErrorCode }

const decimalPattern = /^(-?)(\d+)(?:\.(\d+))?$/
// Far below Number.MAX_SAFE_INTEGER / 1000, so sums of many items stay exact integers.
const largestPoints = 1_000_000_000

/**
 * Reads a JSON number (0.5) or decimal string ("0.5") as exact thousandths.
 * Numbers go through their shortest decimal form, so 0.1 is 100 and never 100.00000000000001.
 */
export function parsePoints(input: unknown): ParsedPoints {
  let text: string
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, code: 'points.not-a-number' }
    text = String(input)
  } else if (typeof input === 'string') {
    text = input.trim()
  } else {
    return { ok: false, code: 'points.not-a-number' }
  }
  // String(1e-7) is "1e-7": an exponent always means more precision (or size) than we accept.
  if (/e/i.test(text))
    return { ok: false, code: /e-/i.test(text) ? 'points.too-precise' : 'points.too-large' }
  const match = decimalPattern.exec(text)
  if (match === null) return { ok: false, code: 'points.not-a-number' }
  const [, sign = '', whole = '0', fraction = ''] = match
  const significantFraction = fraction.replace(/0+$/, '')
  if (significantFraction.length > 3) return { ok: false, code: 'points.too-precise' }
  const wholeNumber = Number(whole)
  if (wholeNumber > largestPoints) return { ok: false, code: 'points.too-large' }
  const millis = wholeNumber * millisPerPoint + Number(significantFraction.padEnd(3, '0'))
  return { ok: true, value: sign === '-' && millis !== 0 ? -millis : millis }
}
