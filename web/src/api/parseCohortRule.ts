import type { CohortRuleSummary } from './CohortRuleSummary'
import { readCount } from './readCount'
import { readField } from './readField'
import { readRecord } from './readRecord'
import { readTextLines } from './readTextLines'

const kinds: readonly string[] = ['topShare', 'cap', 'quota']

/** A cohort rule of the ranking answer: core's structured rule, or a line of text; null when neither. */
export function parseCohortRule(value: unknown): CohortRuleSummary | null {
  const kind = readField(value, 'kind')
  const share = readRecord(value, 'share')
  const numerator = readCount(share, 'numerator')
  const denominator = readCount(share, 'denominator')
  const grade = readField(value, 'grade')
  if (
    kind !== undefined &&
    kinds.includes(kind) &&
    numerator !== undefined &&
    denominator &&
    grade !== undefined
  ) {
    const rule: CohortRuleSummary = {
      kind: kind as 'topShare' | 'cap' | 'quota',
      share: { numerator, denominator },
      of: readField(value, 'of') === 'all' ? 'all' : 'passing',
      grade,
    }
    const otherwise = readField(value, 'otherwise')
    if (otherwise !== undefined) rule.otherwise = otherwise
    const demoteTo = readField(value, 'demoteTo')
    if (demoteTo !== undefined) rule.demoteTo = demoteTo
    return rule
  }
  const [text] = readTextLines([value])
  return text === undefined ? null : { kind: 'text', text }
}
