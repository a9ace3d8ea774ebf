import { formatPoints } from '../decimal/formatPoints'
import { mulDiv } from '../decimal/mulDiv'
import type { Checked } from '../scheme/Checked'
import type { CohortRule } from '../scheme/CohortRule'
import type { Problem } from '../scheme/Problem'
import type { CohortMember } from './CohortMember'
import type { CohortRanking } from './CohortRanking'

interface Working {
  readonly unitId: string
  readonly millis: number
  readonly passed: boolean
  readonly formGrade: string
  grade: string
  readonly explanation: string[]
}

const share = (rule: CohortRule) => `${rule.share.numerator}/${rule.share.denominator}`

/**
 * How many of the best `units` (sorted best first) get a limited grade when at most `limit` may:
 * with `include`, units tied with the last one in also get it; with `exclude`, a tie straddling the
 * cut leaves the whole tied group out, so the limit is never exceeded.
 */
function takeBest(units: readonly Working[], limit: number, ties: 'include' | 'exclude'): number {
  if (limit <= 0) return 0
  if (limit >= units.length) return units.length
  const cut = units[limit - 1]?.millis
  const next = units[limit]?.millis
  if (cut === undefined || next !== cut) return limit
  if (ties === 'include') return units.filter((unit) => unit.millis >= cut).length
  return units.filter((unit) => unit.millis > cut).length
}

/**
 * Applies cohort rules (比例规则) to many units' evaluations of the same scheme, in the order listed.
 * Units are ranked by graded total, highest first; the order of `members` never changes the result.
 * Tie rule: `topShare` follows its `ties` setting; `cap` always demotes a tied group straddling the cap;
 * `quota` only warns.
 */
export function rankCohort(
  members: readonly CohortMember[],
  rules: readonly CohortRule[],
): Checked<CohortRanking> {
  const problems: Problem[] = []
  const seen = new Set<string>()
  const schemes = new Set<string>()
  members.forEach((member, index) => {
    if (seen.has(member.unitId))
      problems.push({
        code: 'cohort.duplicate-unit',
        path: [index, 'unitId'],
        message: `unit "${member.unitId}" appears twice`,
        severity: 'error',
      })
    seen.add(member.unitId)
    schemes.add(`${member.evaluation.schemeId}@${member.evaluation.schemeVersion}`)
  })
  if (schemes.size > 1) {
    problems.push({
      code: 'cohort.mixed-schemes',
      path: [],
      message: `units were scored on different schemes: ${[...schemes].sort().join(', ')}`,
      severity: 'error',
    })
  }
  if (problems.length > 0) return { ok: false, problems }
  const units: Working[] = members
    .map((member) => ({
      unitId: member.unitId,
      millis: Math.round(member.evaluation.final.gradedTotal * 1000),
      passed: member.evaluation.final.passed,
      formGrade: member.evaluation.final.grade.id,
      grade: member.evaluation.final.grade.id,
      explanation: [],
    }))
    .sort(
      (left, right) =>
        right.millis - left.millis || (left.unitId < right.unitId ? -1 : left.unitId > right.unitId ? 1 : 0),
    )
  const warnings: Problem[] = []
  rules.forEach((rule, ruleIndex) => {
    const population = units.filter((unit) => rule.of === 'all' || unit.passed)
    const scope = rule.of === 'all' ? '全部单位' : '通过单位'
    switch (rule.kind) {
      case 'topShare': {
        const limit = mulDiv(population.length, rule.share.numerator, rule.share.denominator, rule.count)
        const taken = takeBest(population, limit, rule.ties)
        population.forEach((unit, position) => {
          if (position < taken) {
            unit.grade = rule.grade
            unit.explanation.push(
              `${scope}${population.length}个, 前${share(rule)}为${limit}个, 第${position + 1}名, 定为「${rule.grade}」`,
            )
          } else if (rule.otherwise !== undefined) {
            unit.grade = rule.otherwise
            unit.explanation.push(`未进入${scope}前${share(rule)}(${limit}个), 定为「${rule.otherwise}」`)
          }
        })
        break
      }
      case 'cap': {
        const limit = mulDiv(population.length, rule.share.numerator, rule.share.denominator, 'floor')
        const holders = population.filter((unit) => unit.grade === rule.grade)
        if (holders.length <= limit) break
        const kept = takeBest(holders, limit, 'exclude')
        for (const unit of holders.slice(kept)) {
          unit.grade = rule.demoteTo
          unit.explanation.push(
            `「${rule.grade}」不超过${scope}的${share(rule)}(${limit}个), 降为「${rule.demoteTo}」`,
          )
        }
        break
      }
      case 'quota': {
        const target = mulDiv(population.length, rule.share.numerator, rule.share.denominator, 'half-up')
        const actual = population.filter((unit) => unit.grade === rule.grade).length
        if (actual > target) {
          warnings.push({
            code: 'cohort.quota-exceeded',
            path: [ruleIndex],
            message: `「${rule.grade}」约占${scope}的${share(rule)}(约${target}个), 实际${actual}个 (advisory)`,
            severity: 'warning',
          })
        }
        break
      }
    }
  })
  let previousMillis: number | undefined
  let previousRank = 0
  const ranked = units.map((unit, position) => {
    const rank = unit.millis === previousMillis ? previousRank : position + 1
    previousMillis = unit.millis
    previousRank = rank
    return {
      unitId: unit.unitId,
      rank,
      gradedTotal: unit.millis / 1000,
      passed: unit.passed,
      formGrade: unit.formGrade,
      grade: unit.grade,
      explanation: [`${formatPoints(unit.millis)}分, 第${rank}名`, ...unit.explanation],
    }
  })
  return { ok: true, value: { units: ranked, warnings }, problems: warnings }
}
