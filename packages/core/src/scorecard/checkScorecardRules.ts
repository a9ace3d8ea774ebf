import { parsePoints } from '../decimal/parsePoints'
import type { Problem } from '../scheme/Problem'
import type { ScorecardRules } from './ScorecardRules'

const componentKinds = ['form', 'meetingCompliance', 'rectificationClosure', 'taskCompletion']

/**
 * [S251] Problems that make a rule set unusable: weights that are not whole per-mille values adding up to 1000,
 * duplicate component ids, unknown kinds, form components naming no scheme, full points that are not exact.
 */
export function checkScorecardRules(rules: ScorecardRules): Problem[] {
  const problems: Problem[] = []
  const error = (code: string, path: (string | number)[], message: string): void => {
    problems.push({ code, path, message, severity: 'error' })
  }
  const full = parsePoints(rules.fullPoints)
  if (!full.ok || full.value <= 0) error('scorecard.bad-full-points', ['fullPoints'], '满分须为正的精确小数')
  if (!parsePoints(rules.passMark.points).ok)
    error('scorecard.bad-pass-mark', ['passMark'], '合格线须为精确小数')
  const seen = new Set<string>()
  let sum = 0
  rules.components.forEach((component, index) => {
    const path = ['components', index]
    if (seen.has(component.id))
      error('scorecard.duplicate-id', [...path, 'id'], `考核项 ${component.id} 重复`)
    seen.add(component.id)
    if (!componentKinds.includes(component.kind))
      error('scorecard.unknown-kind', [...path, 'kind'], `未知的考核项类型 ${String(component.kind)}`)
    if (!Number.isInteger(component.weight) || component.weight < 0 || component.weight > 1000)
      error('scorecard.bad-weight', [...path, 'weight'], '权重须为0–1000的整数(千分比)')
    else sum += component.weight
    if (component.kind === 'form' && (component.schemeIds ?? []).length === 0)
      error('scorecard.form-without-scheme', [...path, 'schemeIds'], '表单考核项须指明评分细则')
  })
  if (sum !== 1000) error('scorecard.weights-sum', ['components'], `权重合计须为1000‰, 实为${sum}‰`)
  return problems
}
