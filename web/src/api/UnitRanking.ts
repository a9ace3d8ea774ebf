import type { CohortRuleSummary } from './CohortRuleSummary'

/** One unit's line in the organisation's ranking. */
export interface RankingEntry {
  unitId: string
  name: string
  total: string
  passed: boolean
  /** 一级 / 二级 …, null when the unit has no grade (e.g. not yet scored) */
  grade: string | null
  rank: number | null
}

/** 排名: the units under an organisation for a year, from `GET /api/units/:id/ranking?year=`. */
export interface UnitRanking {
  units: RankingEntry[]
  cohort: {
    /** the cohort rules applied, in order (前10%为一级 …) */
    rules: CohortRuleSummary[]
    passingCount: number | null
    topCount: number | null
    /** soft-quota warnings (约) that advise but do not change grades */
    advisories: string[]
  }
}
