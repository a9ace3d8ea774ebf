import type { RankedUnit } from '../cohort/RankedUnit'
import type { CohortRule } from '../scheme/CohortRule'
import type { Problem } from '../scheme/Problem'

/** 组织排名: branches ranked by scorecard total with the rules' cohort rules applied ([S270]–[S272]). */
export interface OrganisationRanking {
  readonly units: readonly RankedUnit[]
  readonly rules: readonly CohortRule[]
  /** branches whose scorecard passed (the population of `of: passing` rules). */
  readonly passingCount: number
  /** branches holding the first topShare rule's grade (一级), 0 without such a rule. */
  readonly topCount: number
  /** soft-quota advisories (`cohort.quota-exceeded`). */
  readonly advisories: readonly Problem[]
}
