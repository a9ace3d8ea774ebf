/**
 * mulberry32, a small seeded generator: a run replays from its printed seed. {@link fork} derives an
 * independent stream per purpose (the edit script, each connection's faults), so how the network happens to
 * interleave never shifts which random numbers the script draws.
 */
export class SeededRandom {
  private state: number

  constructor(readonly seed: number) {
    this.state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let value = this.state
    value = Math.imul(value ^ (value >>> 15), value | 1)
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61)
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, bound). */
  int(bound: number): number {
    return Math.floor(this.next() * bound)
  }

  /** An integer in [low, high]. */
  between(low: number, high: number): number {
    return low + this.int(high - low + 1)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[this.int(items.length)]!
  }

  /** `length` random bytes. */
  bytes(length: number): Uint8Array {
    return Uint8Array.from({ length }, () => this.int(256))
  }

  /** The stream as a plain `() => number`, for code that only needs floats. */
  asFunction(): () => number {
    return () => this.next()
  }

  /** An independent stream for `label`, the same for the same seed and label. */
  fork(label: string): SeededRandom {
    let hash = this.seed ^ 0x811c9dc5
    for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193)
    return new SeededRandom(hash >>> 0)
  }
}
