import type { Problem } from '../scheme/Problem'
import type { RankedUnit } from './RankedUnit'

/** 排名 — every unit ranked, with advisory warnings from soft quotas (约10%). */
export interface CohortRanking {
  /** by rank, then unit id. */
  readonly units: readonly RankedUnit[]
  /** soft quotas exceeded (`cohort.quota-exceeded`), never enforced. */
  readonly warnings: readonly Problem[]
}
