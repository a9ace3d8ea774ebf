import { describe, expect, it } from 'vitest'
import { LoginThrottle } from './LoginThrottle'

describe('LoginThrottle', () => {
  it('blocks a username+IP after too many failures until the window passes, without touching other pairs', () => {
    let now = 0
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 1000, now: () => now })
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(throttle.retryAfterMs('lina', '1.1.1.1')).toBe(0)
      throttle.recordFailure('lina', '1.1.1.1')
    }
    now = 400
    expect(throttle.retryAfterMs('lina', '1.1.1.1')).toBe(600)
    expect(throttle.retryAfterMs('lina', '2.2.2.2')).toBe(0)
    expect(throttle.retryAfterMs('zhangwei', '1.1.1.1')).toBe(0)
    now = 1000
    expect(throttle.retryAfterMs('lina', '1.1.1.1')).toBe(0)
  })

  it('forgets failures after a successful login', () => {
    const throttle = new LoginThrottle({ maxFailures: 1, windowMs: 1000, now: () => 0 })
    throttle.recordFailure('lina', 'ip')
    throttle.recordSuccess('lina', 'ip')
    expect(throttle.retryAfterMs('lina', 'ip')).toBe(0)
  })
})
