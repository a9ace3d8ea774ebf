import { describe, expect, it } from 'vitest'
import { formatPoints } from './formatPoints'
import { millisToNumber } from './millisToNumber'
import { parsePoints } from './parsePoints'

describe('parsePoints', () => {
  it('[S1] reads JSON numbers and decimal strings as the same exact thousandths', () => {
    expect(parsePoints(0.5)).toEqual({ ok: true, value: 500 })
    expect(parsePoints('0.5')).toEqual({ ok: true, value: 500 })
    expect(parsePoints(89.5)).toEqual({ ok: true, value: 89500 })
    expect(parsePoints('-1.25')).toEqual({ ok: true, value: -1250 })
    expect(parsePoints(0.1)).toEqual({ ok: true, value: 100 })
    expect(parsePoints('2.500')).toEqual({ ok: true, value: 2500 })
  })

  it('[S1] rejects more decimal places than thousandths with a code', () => {
    expect(parsePoints(0.0001)).toEqual({ ok: false, code: 'points.too-precise' })
    expect(parsePoints('0.1234')).toEqual({ ok: false, code: 'points.too-precise' })
    expect(parsePoints(1e-7)).toEqual({ ok: false, code: 'points.too-precise' })
  })

  it('[S1] rejects what is not a number with a code, never a silent zero', () => {
    expect(parsePoints('abc')).toEqual({ ok: false, code: 'points.not-a-number' })
    expect(parsePoints(null)).toEqual({ ok: false, code: 'points.not-a-number' })
    expect(parsePoints(Number.NaN)).toEqual({ ok: false, code: 'points.not-a-number' })
    expect(parsePoints('')).toEqual({ ok: false, code: 'points.not-a-number' })
    expect(parsePoints(1e21)).toEqual({ ok: false, code: 'points.too-large' })
  })

  it('[S1] adds 0.1 three times to exactly 0.3', () => {
    const tenth = parsePoints(0.1)
    if (!tenth.ok) throw new Error('0.1 must parse')
    const sum = tenth.value + tenth.value + tenth.value
    expect(millisToNumber(sum)).toBe(0.3)
    expect(formatPoints(sum)).toBe('0.3')
    expect(0.1 + 0.1 + 0.1).not.toBe(0.3)
  })

  it('[S1] formats thousandths as the shortest decimal', () => {
    expect(formatPoints(89500)).toBe('89.5')
    expect(formatPoints(2000)).toBe('2')
    expect(formatPoints(-1250)).toBe('-1.25')
    expect(formatPoints(5)).toBe('0.005')
  })
})
