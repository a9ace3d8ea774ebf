/** Settings of a {@link TokenBucket}: sustained rate and burst. */
export interface TokenBucketOptions {
  ratePerSecond: number
  burst: number
}

/** 令牌桶 rate limiter for socket messages. */
export class TokenBucket {
  private tokens: number
  private last: number

  constructor(
    private readonly options: TokenBucketOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = options.burst
    this.last = now()
  }

  /** Takes one token; false when the bucket is empty. */
  take(): boolean {
    const now = this.now()
    this.tokens = Math.min(
      this.options.burst,
      this.tokens + ((now - this.last) / 1000) * this.options.ratePerSecond,
    )
    this.last = now
    if (this.tokens < 1) return false
    this.tokens -= 1
    return true
  }
}
