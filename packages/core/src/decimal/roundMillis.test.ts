import { describe, expect, it } from 'vitest'
import { mulDiv } from './mulDiv'
import { roundMillis } from './roundMillis'

describe('roundMillis', () => {
  it('[S23] half-up rounds 89.5 to 90 and 89.49 to 89', () => {
    expect(roundMillis(89500, 'half-up', 0)).toBe(90000)
    expect(roundMillis(89490, 'half-up', 0)).toBe(89000)
    expect(roundMillis(89950, 'half-up', 1)).toBe(90000)
    expect(roundMillis(89940, 'half-up', 1)).toBe(89900)
  })

  it('[S23] floor, ceil and none behave as named', () => {
    expect(roundMillis(89999, 'floor', 0)).toBe(89000)
    expect(roundMillis(89001, 'ceil', 0)).toBe(90000)
    expect(roundMillis(89000, 'ceil', 0)).toBe(89000)
    expect(roundMillis(89567, 'none', 0)).toBe(89567)
    expect(roundMillis(89567, 'half-up', 3)).toBe(89567)
  })

  it('[S31] mulDiv rounds shares of a cohort exactly', () => {
    expect(mulDiv(179, 1, 10, 'floor')).toBe(17)
    expect(mulDiv(179, 1, 10, 'ceil')).toBe(18)
    expect(mulDiv(175, 1, 10, 'half-up')).toBe(18)
    expect(mulDiv(9, 1, 3, 'floor')).toBe(3)
    expect(mulDiv(10, 1, 3, 'floor')).toBe(3)
  })
})
