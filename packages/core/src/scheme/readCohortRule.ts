import type { CohortRule } from './CohortRule'
import { FieldReader } from './FieldReader'
import type { ProblemList } from './ProblemList'
import type { Share } from './Share'
import { optionalField } from './optionalField'

/** Reads one cohort rule (比例规则); shares are exact fractions no larger than 1. */
export function readCohortRule(
  input: unknown,
  path: readonly (string | number)[],
  list: ProblemList,
): CohortRule | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a cohort rule must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  const kind = reader.oneOf('kind', ['topShare', 'cap', 'quota'] as const, 'scheme.unknown-kind')
  const fields = { topShare: ['otherwise', 'count', 'ties'], cap: ['demoteTo'], quota: [] }
  reader.allowOnly(['kind', 'id', 'share', 'of', 'grade', ...(kind === undefined ? [] : fields[kind])])
  const id = reader.string('id')
  const of = reader.oneOf('of', ['all', 'passing'] as const)
  const grade = reader.string('grade')
  const shareReader = reader.child('share')
  shareReader?.allowOnly(['numerator', 'denominator'])
  const numerator = shareReader?.record['numerator']
  const denominator = shareReader?.positiveInteger('denominator')
  let share: Share | undefined
  if (
    typeof numerator !== 'number' ||
    !Number.isSafeInteger(numerator) ||
    numerator < 0 ||
    (denominator !== undefined && numerator > denominator)
  ) {
    if (shareReader !== undefined)
      list.error(
        'scheme.bad-share',
        [...shareReader.path, 'numerator'],
        'a share is a whole numerator from 0 to its denominator',
      )
  } else if (denominator !== undefined) {
    share = { numerator, denominator }
  }
  if (
    kind === undefined ||
    id === undefined ||
    of === undefined ||
    grade === undefined ||
    share === undefined
  )
    return undefined
  switch (kind) {
    case 'topShare': {
      const count = reader.oneOf('count', ['floor', 'ceil', 'half-up'] as const)
      const ties = reader.oneOf('ties', ['include', 'exclude'] as const)
      const otherwise = reader.optionalString('otherwise')
      if (count === undefined || ties === undefined) return undefined
      return { kind, id, share, of, grade, count, ties, ...optionalField('otherwise', otherwise) }
    }
    case 'cap': {
      const demoteTo = reader.string('demoteTo')
      return demoteTo === undefined ? undefined : { kind, id, share, of, grade, demoteTo }
    }
    case 'quota':
      return { kind, id, share, of, grade }
  }
}
