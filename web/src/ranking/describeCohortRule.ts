import type { CohortRuleSummary } from '../api/CohortRuleSummary'
import type { Language } from '../i18n/Language'
import { translate } from '../i18n/translate'

/** An exact share as people write it: 1/10 → 10%, 1/8 → 12.5%, 1/3 → 1/3 (never a rounded float). */
function shareText({ numerator, denominator }: { numerator: number; denominator: number }): string {
  // Whole or terminating percentages (denominators made of 2s and 5s, up to three decimals) print exactly.
  for (const scale of [1, 10, 100, 1000]) {
    if ((numerator * 100 * scale) % denominator === 0) {
      const scaled = (numerator * 100 * scale) / denominator
      const whole = Math.trunc(scaled / scale)
      const fraction = String(scaled % scale).padStart(String(scale).length - 1, '0')
      return scale === 1 ? `${whole}%` : `${whole}.${fraction.replace(/0+$/, '')}%`
    }
  }
  return `${numerator}/${denominator}`
}

/** A cohort rule in words: 达标单位前10%为一级，其余为二级. */
export function describeCohortRule(rule: CohortRuleSummary, language: Language): string {
  if (rule.kind === 'text') return rule.text
  const vars = {
    of: translate(language, `cohort.population.${rule.of}`),
    share: shareText(rule.share),
    grade: rule.grade,
    demoteTo: rule.demoteTo ?? '',
  }
  if (rule.kind === 'topShare')
    return (
      translate(language, 'cohort.topShare', vars) +
      (rule.otherwise === undefined
        ? ''
        : translate(language, 'cohort.otherwise', { otherwise: rule.otherwise }))
    )
  return translate(language, rule.kind === 'cap' ? 'cohort.cap' : 'cohort.quota', vars)
}
