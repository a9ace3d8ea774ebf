import type { AppraisalQuota } from './AppraisalQuota'

/** [S184] 评定为"优秀"的比例一般不超过党员总数的1/3 (共产党员网 民主评议专题), a hard cap. */
export const defaultAppraisalQuotas: readonly AppraisalQuota[] = [
  { grade: 'excellent', numerator: 1, denominator: 3, kind: 'hard' },
]
