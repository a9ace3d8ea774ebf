/**
 * 分值 (exact): points held as an integer count of thousandths, so 0.1 + 0.1 + 0.1 is exactly 0.3.
 * Never add or compare points as floating-point numbers; convert at the edges with `parsePoints` and `millisToNumber`.
 */
export type Millis = number

/** Thousandths per point: the finest precision a scheme or an answer may use. */
export const millisPerPoint = 1000
