import type { DeductionRule } from './DeductionRule'
import { FieldReader } from './FieldReader'
import type { ProblemList } from './ProblemList'
import { optionalField } from './optionalField'

const modes = ['once', 'perOccurrence', 'range', 'multiplier', 'forfeit'] as const

/** Reads one deduction rule (扣分规则), checking that its mode has the numbers it needs. */
export function readDeductionRule(
  input: unknown,
  path: readonly (string | number)[],
  list: ProblemList,
): DeductionRule | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a deduction rule must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'label', 'mode', 'points', 'cap', 'min', 'max', 'factor', 'dedupe'])
  const id = reader.string('id')
  const label = reader.string('label')
  const mode = reader.oneOf('mode', modes, 'scheme.unknown-kind')
  if (id === undefined || label === undefined || mode === undefined) return undefined
  const dedupe = reader.optionalBoolean('dedupe')
  switch (mode) {
    case 'once': {
      const points = reader.points('points')
      return points === undefined
        ? undefined
        : { id, label, mode, points, ...optionalField('dedupe', dedupe) }
    }
    case 'perOccurrence': {
      const points = reader.points('points')
      const cap = reader.optionalPoints('cap')
      if (points === undefined) return undefined
      return { id, label, mode, points, ...optionalField('cap', cap), ...optionalField('dedupe', dedupe) }
    }
    case 'range': {
      const min = reader.points('min')
      const max = reader.points('max')
      if (min === undefined || max === undefined) return undefined
      if (min > max) list.error('scheme.bad-range', [...path, 'min'], `min ${min} is above max ${max}`)
      return { id, label, mode, min, max, ...optionalField('dedupe', dedupe) }
    }
    case 'multiplier': {
      // Integer factors keep factor × base exact in thousandths; published multipliers are whole ("10倍").
      const factor = reader.positiveInteger('factor')
      const cap = reader.optionalPoints('cap')
      if (factor === undefined) return undefined
      return { id, label, mode, factor, ...optionalField('cap', cap), ...optionalField('dedupe', dedupe) }
    }
    case 'forfeit':
      return { id, label, mode, ...optionalField('dedupe', dedupe) }
  }
}
