import type { AppraisalQuota } from './AppraisalQuota'

/** 名额核验: one quota against the committee's decisions. */
export interface QuotaCheck {
  readonly quota: AppraisalQuota
  /** Full members the quota is counted over (党员总数). */
  readonly basis: number
  /** Largest allowed count: floor(basis × numerator / denominator). */
  readonly maximum: number
  readonly count: number
  readonly withinQuota: boolean
}
