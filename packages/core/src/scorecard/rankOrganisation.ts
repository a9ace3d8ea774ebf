import { rankCohort } from '../cohort/rankCohort'
import type { Checked } from '../scheme/Checked'
import type { BranchScorecard } from './BranchScorecard'
import type { OrganisationRanking } from './OrganisationRanking'
import type { ScorecardRules } from './ScorecardRules'
import { scorecardEvaluation } from './scorecardEvaluation'

/**
 * [S270]–[S272] Ranks branches by their scorecard totals with the rules' cohort rules, through `rankCohort`
 * ([S30]–[S34]): 通过单位前10%为一级, 其余通过单位为二级, failing branches keep 不合格. Scorecards computed
 * on other rules are `cohort.mixed-schemes`.
 */
export function rankOrganisation(
  rules: ScorecardRules,
  branches: readonly { readonly unitId: string; readonly scorecard: BranchScorecard }[],
): Checked<OrganisationRanking> {
  const ranked = rankCohort(
    branches.map((branch) => ({ unitId: branch.unitId, evaluation: scorecardEvaluation(branch.scorecard) })),
    rules.cohort,
  )
  if (!ranked.ok) return ranked
  const top = rules.cohort.find((rule) => rule.kind === 'topShare')
  const units = ranked.value.units
  return {
    ok: true,
    value: {
      units,
      rules: rules.cohort,
      passingCount: units.filter((unit) => unit.passed).length,
      topCount: top === undefined ? 0 : units.filter((unit) => unit.grade === top.grade).length,
      advisories: ranked.value.warnings,
    },
    problems: ranked.problems,
  }
}
