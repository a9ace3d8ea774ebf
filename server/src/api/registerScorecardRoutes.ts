import type { FastifyInstance } from 'fastify'
import { exampleScorecardRules, rankOrganisation, type ScorecardRules } from '@zhibu/core'
import type { UnitRecord } from '../storage/UnitRepo'
import type { ApiContext } from './ApiContext'
import { ApiError } from './ApiError'
import { parseInput } from './parseInput'
import { requireAuth } from './requireAuth'
import { requireUnitRole } from './requireUnitRole'
import { rollupSchemas } from './rollupSchemas'
import { shanghaiDate } from './shanghaiDate'
import { unitScorecard } from './unitScorecard'

// The only rule set so far; a unit-level choice of rules can replace this without changing the answers' shape.
const rules: ScorecardRules = exampleScorecardRules

const rulesView = {
  id: rules.id,
  version: rules.version,
  title: rules.title,
  source: rules.source,
  passMark: rules.passMark,
}

/** Branches below a unit (not the unit itself), in tree order then id. */
function branchesBelow(units: readonly UnitRecord[], rootId: string): UnitRecord[] {
  const children = new Map<string, UnitRecord[]>()
  for (const unit of units) {
    if (unit.parentId === null) continue
    children.set(unit.parentId, [...(children.get(unit.parentId) ?? []), unit])
  }
  const found: UnitRecord[] = []
  const stack = [rootId]
  const seen = new Set<string>()
  while (stack.length > 0) {
    const id = stack.pop() as string
    if (seen.has(id)) continue
    seen.add(id)
    for (const child of children.get(id) ?? []) {
      if (child.kind === 'branch') found.push(child)
      stack.push(child.id)
    }
  }
  return found.sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0))
}

/**
 * 支部年度考核 and 组织排名: a branch's scorecard from its forms, meeting compliance and rectification closure, and
 * the ranking of the branches below an organisation with the rules' cohort rules (前10%为一级).
 */
export function registerScorecardRoutes(app: FastifyInstance, context: ApiContext, now: () => Date): void {
  const { store, access } = context

  app.get('/api/units/:unitId/scorecard', async (request) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(rollupSchemas.unitParams, request.params)
    const { unit } = await requireUnitRole(store, access, auth.user, unitId)
    const today = shanghaiDate(now())
    const year = parseInput(rollupSchemas.yearQuery, request.query).year ?? Number(today.slice(0, 4))
    const { scorecard, forms, inputs } = await unitScorecard(context, unit, year, today, rules)
    return {
      unit: { id: unit.id, name: unit.name },
      year,
      today,
      rules: rulesView,
      components: scorecard.components,
      total: scorecard.total,
      totalText: scorecard.totalText,
      full: scorecard.full,
      passed: scorecard.passed,
      grade: scorecard.grade,
      explanation: scorecard.explanation,
      forms,
      inputs: {
        meetings: inputs.meetings ?? null,
        rectification: inputs.rectification ?? null,
        tasks: inputs.tasks ?? null,
      },
    }
  })

  app.get('/api/units/:unitId/ranking', async (request) => {
    const auth = await requireAuth(store, request)
    const { unitId } = parseInput(rollupSchemas.unitParams, request.params)
    const { unit } = await requireUnitRole(store, access, auth.user, unitId)
    if (unit.kind !== 'organisation' && unit.kind !== 'committee')
      throw new ApiError(
        400,
        'UNIT_NOT_ORGANISATION',
        'rankings are of the branches below an organisation or committee',
      )
    const today = shanghaiDate(now())
    const year = parseInput(rollupSchemas.yearQuery, request.query).year ?? Number(today.slice(0, 4))
    const branches = branchesBelow(await store.units.list(), unit.id)
    const cards = []
    for (const branch of branches) {
      const { scorecard } = await unitScorecard(context, branch, year, today, rules)
      cards.push({ unitId: branch.id, scorecard })
    }
    const ranking = rankOrganisation(rules, cards)
    if (!ranking.ok)
      throw new ApiError(409, 'RANKING_FAILED', ranking.problems.map((problem) => problem.message).join('; '))
    const names = new Map(branches.map((branch) => [branch.id, branch.name]))
    const topShare = rules.cohort.find((rule) => rule.kind === 'topShare') ?? rules.cohort[0] ?? null
    return {
      unit: { id: unit.id, name: unit.name },
      year,
      today,
      rules: rulesView,
      units: ranking.value.units.map((ranked) => ({
        unitId: ranked.unitId,
        name: names.get(ranked.unitId) ?? ranked.unitId,
        total: ranked.gradedTotal,
        passed: ranked.passed,
        grade: ranked.grade,
        rank: ranked.rank,
        explanation: ranked.explanation,
      })),
      cohort: {
        rule: topShare,
        rules: ranking.value.rules,
        passingCount: ranking.value.passingCount,
        topCount: ranking.value.topCount,
        advisories: ranking.value.advisories.map((advisory) => advisory.message),
      },
    }
  })
}
