import type { ScorecardComponentKind } from './ScorecardComponentKind'

/** 考核项得分: one component's exact score and how it was reached. */
export interface ComponentScore {
  readonly id: string
  readonly title: string
  readonly kind: ScorecardComponentKind
  /** per-mille weight (400 = 40%). */
  readonly weight: number
  /** "40%". */
  readonly weightText: string
  /** the component's share of the full points (100 × 40% = 40). */
  readonly full: number
  /** points earned; null when the component had no input ([S254]). */
  readonly score: number | null
  /** the rate the score is the weight of, as an exact fraction; null when missing. */
  readonly rate: { readonly numerator: number; readonly denominator: number } | null
  /** one line in Chinese: what was counted. */
  readonly detail: string
  /** the form used, for form components. */
  readonly docId?: string
}
