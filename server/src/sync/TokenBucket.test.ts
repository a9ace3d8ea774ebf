import { describe, expect, it } from 'vitest'
import { TokenBucket } from './TokenBucket'

describe('TokenBucket', () => {
  it('allows a burst, refuses past it, and refills with time', () => {
    let now = 0
    const bucket = new TokenBucket({ ratePerSecond: 10, burst: 3 }, () => now)
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false])
    now = 100
    expect([bucket.take(), bucket.take()]).toEqual([true, false])
  })
})
