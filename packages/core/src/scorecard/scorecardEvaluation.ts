import type { Evaluation } from '../engine/Evaluation'
import type { ScoreSheet } from '../engine/ScoreSheet'
import type { BranchScorecard } from './BranchScorecard'

/**
 * A scorecard dressed as an evaluation so `rankCohort` ranks branches exactly as it ranks forms: the total is
 * both the total and the graded total (a scorecard has no further rounding), the grade is pass/fail.
 */
export function scorecardEvaluation(scorecard: BranchScorecard): Evaluation {
  const grade = { id: scorecard.grade, label: scorecard.grade }
  const sheet: ScoreSheet = {
    total: scorecard.total,
    totalText: scorecard.totalText,
    full: scorecard.full,
    applicableFull: scorecard.full,
    gradedTotal: scorecard.total,
    bonus: 0,
    penalty: 0,
    grade,
    bandGrade: grade,
    passed: scorecard.passed,
    vetoes: [],
    missing: scorecard.components.filter((component) => component.score === null).length,
    notApplicable: 0,
    modules: [],
    explanation: scorecard.explanation,
  }
  return {
    schemeId: scorecard.rulesId,
    schemeVersion: scorecard.rulesVersion,
    final: sheet,
    self: sheet,
    inspector: null,
    problems: [],
  }
}
