/** 比例 — an exact fraction of a cohort (10% = 1/10, 不超过1/3 = 1/3). */
export interface Share {
  readonly numerator: number
  readonly denominator: number
}
