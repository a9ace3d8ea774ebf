import type { Checked } from '../scheme/Checked'
import type { Scheme } from '../scheme/Scheme'
import { validateAnswers } from '../scheme/validateAnswers'
import { validateScheme } from '../scheme/validateScheme'
import type { Evaluation } from './Evaluation'
import { buildScoreSheet } from './buildScoreSheet'

/**
 * Scores answers on a scheme: the final sheet (per item the inspector's 考核 answer where present, else the
 * self 自查 answer) and each column alone. Both inputs are re-validated, so a hand-built or stale scheme or bad
 * answers give coded problems instead of a crash or a silent zero. Deterministic: items are scored in the
 * scheme's order and answer key order never matters.
 */
export function evaluate(scheme: Scheme, answers: unknown): Checked<Evaluation> {
  const checkedScheme = validateScheme(scheme)
  if (!checkedScheme.ok) return checkedScheme
  const checkedAnswers = validateAnswers(checkedScheme.value, answers)
  if (!checkedAnswers.ok)
    return { ok: false, problems: [...checkedScheme.problems, ...checkedAnswers.problems] }
  const valid = checkedScheme.value
  const self = checkedAnswers.value.self ?? {}
  const inspector = checkedAnswers.value.inspector
  return {
    ok: true,
    problems: [...checkedScheme.problems, ...checkedAnswers.problems],
    value: {
      problems: [...checkedScheme.problems, ...checkedAnswers.problems],
      schemeId: valid.id,
      schemeVersion: valid.version,
      final: buildScoreSheet(valid, [
        ...(inspector === undefined ? [] : [{ name: 'inspector' as const, answers: inspector }]),
        { name: 'self', answers: self },
      ]),
      self: buildScoreSheet(valid, [{ name: 'self', answers: self }]),
      inspector:
        inspector === undefined ? null : buildScoreSheet(valid, [{ name: 'inspector', answers: inspector }]),
    },
  }
}
