import type { AppraisalGrade } from './AppraisalGrade'

/**
 * 名额限制: at most numerator/denominator of the full members may get `grade`. hard (不超过)
 * blocks the decision set; soft (约) only advises.
 */
export interface AppraisalQuota {
  readonly grade: AppraisalGrade
  readonly numerator: number
  readonly denominator: number
  readonly kind: 'hard' | 'soft'
}
