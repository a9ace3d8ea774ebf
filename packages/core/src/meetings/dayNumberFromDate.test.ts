import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dayNumberFromDate } from './dayNumberFromDate'

describe('dayNumberFromDate', () => {
  it('[S144] agrees with the Gregorian calendar for every date from 1900 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 83600 }), (day) => {
        const text = new Date(day * 86_400_000).toISOString().slice(0, 10)
        expect(dayNumberFromDate(text)).toBe(day)
      }),
    )
  })

  it('[S144] rejects dates that do not exist', () => {
    for (const text of ['2026-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '2026-01-01T00:00', '']) {
      expect(dayNumberFromDate(text)).toBeUndefined()
    }
    expect(dayNumberFromDate('2028-02-29')).toBe(dayNumberFromDate('2028-03-01')! - 1)
  })
})
