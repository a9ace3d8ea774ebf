import type { CohortRuleSummary } from './CohortRuleSummary'
import { parseCohortRule } from './parseCohortRule'
import { readBoolean } from './readBoolean'
import { readCount } from './readCount'
import { readField } from './readField'
import { readList } from './readList'
import { readPoints } from './readPoints'
import { readRecord } from './readRecord'
import { readTextLines } from './readTextLines'
import type { RankingEntry, UnitRanking } from './UnitRanking'

function parseEntry(value: unknown): RankingEntry | null {
  const unitId = readField(value, 'unitId')
  if (unitId === undefined) return null
  return {
    unitId,
    name: readField(value, 'name') ?? unitId,
    total: readPoints(value, 'total') ?? readPoints(value, 'gradedTotal') ?? '',
    passed: readBoolean(value, 'passed') ?? false,
    grade: readField(value, 'grade') ?? null,
    rank: readCount(value, 'rank') ?? null,
  }
}

/** `GET /api/units/:id/ranking?year=`: units in the server's order; null when the answer has no unit list. */
export function parseUnitRanking(value: unknown): UnitRanking | null {
  if (typeof value !== 'object' || value === null || !Array.isArray((value as { units?: unknown }).units))
    return null
  const cohort = readRecord(value, 'cohort') ?? {}
  return {
    units: readList(value, 'units')
      .map(parseEntry)
      .filter((entry): entry is RankingEntry => entry !== null),
    cohort: {
      rules: (Array.isArray(cohort.rules) ? cohort.rules : [cohort.rule])
        .map(parseCohortRule)
        .filter((rule): rule is CohortRuleSummary => rule !== null),
      passingCount: readCount(cohort, 'passingCount') ?? null,
      topCount: readCount(cohort, 'topCount') ?? null,
      advisories: readTextLines(cohort.advisories),
    },
  }
}
