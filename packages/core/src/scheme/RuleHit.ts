import type { Occurrence } from './Occurrence'

/**
 * 扣分/加分记录 — how often, or how much, one deduction rule or bonus fact applies.
 * - `true`/`false`: applies once / not at all;
 * - a number or decimal string: a count for fixed and per-occurrence rules, an amount in points for
 *   `range` rules (酌情扣分) and the base value for `multiplier` rules (按被扣分值的N倍);
 * - a list of occurrences: one entry per occurrence, with optional de-duplication key, note and evidence.
 */
export type RuleHit = boolean | number | string | readonly Occurrence[]
