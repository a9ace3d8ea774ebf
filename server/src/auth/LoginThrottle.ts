/** Settings of {@link LoginThrottle}. */
export interface LoginThrottleOptions {
  /** Failed attempts allowed per username and IP within the window. */
  maxFailures: number
  windowMs: number
  now?: () => number
}

/**
 * 登录限流: failed logins counted per username+IP in a fixed window. In memory: each node throttles
 * on its own, which multiplies the allowance by the node count but never blocks a legitimate user longer.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; windowStart: number }>()
  private readonly now: () => number

  constructor(private readonly options: LoginThrottleOptions) {
    this.now = options.now ?? Date.now
  }

  /** Milliseconds until another attempt is allowed, or 0 when allowed now. */
  retryAfterMs(username: string, ip: string): number {
    const entry = this.failures.get(`${username}\u0000${ip}`)
    if (entry === undefined) return 0
    const elapsed = this.now() - entry.windowStart
    if (elapsed >= this.options.windowMs) return 0
    return entry.count >= this.options.maxFailures ? this.options.windowMs - elapsed : 0
  }

  recordFailure(username: string, ip: string): void {
    const key = `${username}\u0000${ip}`
    const entry = this.failures.get(key)
    const now = this.now()
    if (entry === undefined || now - entry.windowStart >= this.options.windowMs) {
      this.failures.set(key, { count: 1, windowStart: now })
      if (this.failures.size > 100_000) this.prune(now)
      return
    }
    entry.count++
  }

  recordSuccess(username: string, ip: string): void {
    this.failures.delete(`${username}\u0000${ip}`)
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) {
      if (now - entry.windowStart >= this.options.windowMs) this.failures.delete(key)
    }
  }
}
