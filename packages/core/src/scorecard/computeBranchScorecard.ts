import { formatPoints } from '../decimal/formatPoints'
import { millisToNumber } from '../decimal/millisToNumber'
import { mulDiv } from '../decimal/mulDiv'
import { parsePoints } from '../decimal/parsePoints'
import { exhaustiveSwitchError } from '../engine/exhaustiveSwitchError'
import type { Checked } from '../scheme/Checked'
import type { BranchScorecard } from './BranchScorecard'
import { checkScorecardRules } from './checkScorecardRules'
import type { ComponentScore } from './ComponentScore'
import type { ScorecardComponentRule } from './ScorecardComponentRule'
import type { DoneOfDue, ScorecardInputs } from './ScorecardInputs'
import type { ScorecardForm } from './ScorecardForm'
import type { ScorecardRules } from './ScorecardRules'
import { weightedTotalMillis } from './weightedTotalMillis'
import { weightText } from './weightText'

interface Rated {
  readonly numerator: number
  readonly denominator: number
  readonly detail: string
  readonly docId?: string
  readonly failedForm?: ScorecardForm
}

const millisOf = (value: number): number => {
  const parsed = parsePoints(value)
  return parsed.ok ? parsed.value : 0
}

/** [S253] The latest form of the component's schemes (by date, then document id). */
function latestForm(
  component: ScorecardComponentRule,
  forms: readonly ScorecardForm[],
): ScorecardForm | undefined {
  const schemeIds = component.schemeIds ?? []
  return forms
    .filter((form) => schemeIds.includes(form.schemeId))
    .reduce<ScorecardForm | undefined>((best, form) => {
      if (best === undefined) return form
      const newer = form.date > best.date || (form.date === best.date && form.docId > best.docId)
      return newer ? form : best
    }, undefined)
}

function countRate(counts: DoneOfDue | undefined, what: string): Rated | undefined {
  if (counts === undefined || counts.due <= 0) return undefined
  const done = Math.min(Math.max(counts.done, 0), counts.due)
  return { numerator: done, denominator: counts.due, detail: `${what}${done}/${counts.due}` }
}

function rateOf(component: ScorecardComponentRule, inputs: ScorecardInputs): Rated | undefined {
  switch (component.kind) {
    case 'form': {
      const form = latestForm(component, inputs.forms)
      if (form === undefined) return undefined
      const full = millisOf(form.full)
      if (full <= 0) return undefined
      const total = Math.min(millisOf(form.total), full)
      const over = millisOf(form.total) > full ? ', 超出满分部分不计' : ''
      const veto = form.vetoed ? ', 一票否决' : ''
      return {
        numerator: total,
        denominator: full,
        detail: `《${form.title}》得${formatPoints(millisOf(form.total))}分/满分${formatPoints(full)}分${over}${veto}`,
        docId: form.docId,
        ...(form.passed ? {} : { failedForm: form }),
      }
    }
    case 'meetingCompliance':
      return countRate(inputs.meetings, '按期召开')
    case 'rectificationClosure':
      return countRate(inputs.rectification, '按期销号')
    case 'taskCompletion':
      return countRate(inputs.tasks, '按期完成')
    default:
      return exhaustiveSwitchError(component.kind)
  }
}

function meetsMark(totalMillis: number, rules: ScorecardRules): boolean {
  const mark = millisOf(rules.passMark.points)
  return rules.passMark.inclusive ? totalMillis >= mark : totalMillis > mark
}

/**
 * [S250]–[S256] A branch's annual scorecard: each component's rate (form total over its full points, done over
 * due) times its share of the full points, shown rounded half-up to 0.001; the total is computed once from the
 * exact rates (rescaled when the rules leave missing components out) and rounded half-up to 0.001. Exact integer
 * arithmetic throughout.
 */
export function computeBranchScorecard(
  rules: ScorecardRules,
  inputs: ScorecardInputs,
): Checked<BranchScorecard> {
  const problems = checkScorecardRules(rules)
  if (problems.length > 0) return { ok: false, problems }
  const fullMillis = millisOf(rules.fullPoints)
  const explanation: string[] = []
  const failedForms: ScorecardForm[] = []
  const parts: { weight: number; numerator: number; denominator: number }[] = []
  let sum = 0
  let presentWeight = 0
  const components: ComponentScore[] = rules.components.map((component) => {
    const componentFull = mulDiv(fullMillis, component.weight, 1000, 'half-up')
    const base = {
      id: component.id,
      title: component.title,
      kind: component.kind,
      weight: component.weight,
      weightText: weightText(component.weight),
      full: millisToNumber(componentFull),
    }
    const rated = rateOf(component, inputs)
    if (rated === undefined) {
      const detail = rules.whenMissing === 'zero' ? '无数据, 按0分计' : '无数据, 不计入, 其余各项按比例折算'
      explanation.push(`${component.title}(${base.weightText}): ${detail}`)
      if (rules.whenMissing === 'zero') presentWeight += component.weight
      return { ...base, score: rules.whenMissing === 'zero' ? 0 : null, rate: null, detail }
    }
    if (component.requirePass === true && rated.failedForm !== undefined) failedForms.push(rated.failedForm)
    const score = mulDiv(fullMillis * component.weight, rated.numerator, 1000 * rated.denominator, 'half-up')
    sum += score
    presentWeight += component.weight
    parts.push({ weight: component.weight, numerator: rated.numerator, denominator: rated.denominator })
    const detail = `${rated.detail}, 折合${formatPoints(score)}分`
    explanation.push(`${component.title}(${base.weightText}): ${detail}`)
    return {
      ...base,
      score: millisToNumber(score),
      rate: { numerator: rated.numerator, denominator: rated.denominator },
      detail,
      ...(rated.docId === undefined ? {} : { docId: rated.docId }),
    }
  })
  const total = weightedTotalMillis(fullMillis, parts, presentWeight)
  if (presentWeight === 0) explanation.push('各项均无数据, 合计0分')
  else if (presentWeight < 1000)
    explanation.push(
      `计入项权重合计${weightText(presentWeight)}, ${formatPoints(sum)}分按比例折算为${formatPoints(total)}分`,
    )
  explanation.push(`合计${formatPoints(total)}分(满分${formatPoints(fullMillis)}分)`)
  const reachesMark = presentWeight > 0 && meetsMark(total, rules)
  const mark = `${formatPoints(millisOf(rules.passMark.points))}分`
  explanation.push(
    reachesMark
      ? `达到合格线${mark}${rules.passMark.inclusive ? '(含)' : ''}`
      : `未达合格线${mark}${rules.passMark.inclusive ? '(含)' : ''}`,
  )
  for (const form of failedForms) explanation.push(`《${form.title}》未通过(${form.grade}), 考核不合格`)
  const passed = reachesMark && failedForms.length === 0
  return {
    ok: true,
    value: {
      rulesId: rules.id,
      rulesVersion: rules.version,
      components,
      total: millisToNumber(total),
      totalText: formatPoints(total),
      full: millisToNumber(fullMillis),
      passed,
      grade: passed ? rules.passedGrade : rules.failedGrade,
      explanation,
    },
    problems: [],
  }
}
