import { parsePoints } from '../decimal/parsePoints'
import { FieldReader } from './FieldReader'

/** The parts of a deduction rule or bonus fact that decide how a hit is read. */
export interface HitShape {
  readonly mode: 'once' | 'perOccurrence' | 'range' | 'multiplier' | 'forfeit'
  readonly dedupe?: boolean
  readonly min?: number
  readonly max?: number
}

/** How often (count) and how much (amount, thousandths) one hit applies, or why it cannot be read. */
export type MeasuredHit =
  | { readonly ok: true; readonly count: number; readonly amount: number }
  | {
      readonly ok: false
      readonly code: string
      readonly path: readonly (string | number)[]
      readonly message: string
    }

const takesAmount = (shape: HitShape) => shape.mode === 'range' || shape.mode === 'multiplier'

function readAmount(value: unknown, shape: HitShape, path: readonly (string | number)[]): MeasuredHit {
  const parsed = parsePoints(value)
  if (!parsed.ok)
    return {
      ok: false,
      code: parsed.code,
      path,
      message: `not an exact amount of points: ${JSON.stringify(value)}`,
    }
  if (parsed.value < 0)
    return { ok: false, code: 'answers.out-of-range', path, message: 'an amount cannot be negative' }
  if (shape.mode === 'range' && parsed.value !== 0 && shape.min !== undefined && shape.max !== undefined) {
    const min = Math.round(shape.min * 1000)
    const max = Math.round(shape.max * 1000)
    if (parsed.value < min || parsed.value > max) {
      return {
        ok: false,
        code: 'answers.out-of-range',
        path,
        message: `the amount must be 0 or between ${shape.min} and ${shape.max}`,
      }
    }
  }
  return { ok: true, count: parsed.value === 0 ? 0 : 1, amount: parsed.value }
}

function readCount(value: unknown, shape: HitShape): MeasuredHit {
  const count = typeof value === 'string' && /^\d+$/.test(value.trim()) ? Number(value) : value
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    return {
      ok: false,
      code: 'answers.bad-count',
      path: [],
      message: `a count must be a whole number ≥ 0, got ${JSON.stringify(value)}`,
    }
  }
  if ((shape.mode === 'once' || shape.mode === 'forfeit') && count > 1) {
    return { ok: false, code: 'answers.bad-count', path: [], message: 'this rule applies at most once' }
  }
  return { ok: true, count, amount: 0 }
}

/**
 * Reads one answer hit (a `RuleHit`, or anything untrusted) against its rule: booleans and counts for counted rules, amounts for range and
 * multiplier rules, or a list of occurrences. With `dedupe`, occurrences sharing a key count once and
 * contribute their largest amount, so the order of occurrences never matters.
 */
export function measureHit(hit: unknown, shape: HitShape): MeasuredHit {
  if (typeof hit === 'boolean') {
    if (takesAmount(shape) && hit) {
      return {
        ok: false,
        code: 'answers.bad-hit',
        path: [],
        message: `a ${shape.mode} rule needs an amount in points, not true`,
      }
    }
    return { ok: true, count: hit ? 1 : 0, amount: 0 }
  }
  if (typeof hit === 'number' || typeof hit === 'string')
    return takesAmount(shape) ? readAmount(hit, shape, []) : readCount(hit, shape)
  if (!Array.isArray(hit)) {
    return {
      ok: false,
      code: 'answers.bad-hit',
      path: [],
      message: 'a hit is true/false, a number, a decimal string or a list of occurrences',
    }
  }
  const groups = new Map<string, number>()
  let unkeyed = 0
  let unkeyedAmount = 0
  for (const [index, occurrence] of (hit as readonly unknown[]).entries()) {
    if (!FieldReader.isRecord(occurrence)) {
      return {
        ok: false,
        code: 'answers.not-object',
        path: [index],
        message: 'an occurrence must be an object',
      }
    }
    const unknownField = Object.keys(occurrence).find(
      (key) => !['key', 'amount', 'note', 'evidence'].includes(key),
    )
    if (unknownField !== undefined) {
      return {
        ok: false,
        code: 'answers.field-not-allowed',
        path: [index, unknownField],
        message: `unknown occurrence field "${unknownField}"`,
      }
    }
    const key = occurrence['key']
    if (key !== undefined && typeof key !== 'string') {
      return {
        ok: false,
        code: 'answers.wrong-type',
        path: [index, 'key'],
        message: 'an occurrence key must be a string',
      }
    }
    let amount = 0
    if (takesAmount(shape)) {
      const measured = readAmount(occurrence['amount'], shape, [index, 'amount'])
      if (!measured.ok) return measured
      amount = measured.amount
    } else if (occurrence['amount'] !== undefined) {
      return {
        ok: false,
        code: 'answers.field-not-allowed',
        path: [index, 'amount'],
        message: `a ${shape.mode} rule takes no amount`,
      }
    }
    if (shape.dedupe === true && key !== undefined) {
      groups.set(key, Math.max(groups.get(key) ?? 0, amount))
    } else {
      unkeyed += 1
      unkeyedAmount += amount
    }
  }
  const count = unkeyed + groups.size
  if ((shape.mode === 'once' || shape.mode === 'forfeit') && count > 1) {
    return { ok: false, code: 'answers.bad-count', path: [], message: 'this rule applies at most once' }
  }
  const amount = [...groups.values()].reduce((sum, value) => sum + value, unkeyedAmount)
  return { ok: true, count, amount }
}
