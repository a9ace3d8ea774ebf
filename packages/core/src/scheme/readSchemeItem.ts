import type { BonusFact } from './BonusFact'
import type { Criterion } from './Criterion'
import { FieldReader } from './FieldReader'
import type { Level } from './Level'
import type { ProblemList } from './ProblemList'
import type { SchemeItem } from './SchemeItem'
import type { VetoEffect } from './VetoEffect'
import { optionalField } from './optionalField'
import { readDeductionRule } from './readDeductionRule'

type Path = readonly (string | number)[]

const kinds = ['deduction', 'checklist', 'levels', 'bonus', 'penalty', 'veto', 'flag'] as const
const baseFields = ['id', 'title', 'kind', 'number', 'description', 'rule', 'example']
const kindFields: Record<(typeof kinds)[number], readonly string[]> = {
  deduction: ['fullPoints', 'rules'],
  checklist: ['fullPoints', 'criteria', 'rules'],
  levels: ['fullPoints', 'levels'],
  bonus: ['facts', 'cumulative', 'cap'],
  penalty: ['rules', 'cap'],
  veto: ['stage', 'effect'],
  flag: [],
}

function readPointed(input: unknown, path: Path, list: ProblemList, what: string): Level | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, `a ${what} must be an object`)
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'label', 'points'])
  const id = reader.string('id')
  const label = reader.string('label')
  const points = reader.points('points')
  return id === undefined || label === undefined || points === undefined ? undefined : { id, label, points }
}

function readBonusFact(input: unknown, path: Path, list: ProblemList): BonusFact | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'a bonus fact must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  reader.allowOnly(['id', 'label', 'mode', 'points', 'cap', 'dedupe'])
  const id = reader.string('id')
  const label = reader.string('label')
  const mode = reader.oneOf('mode', ['once', 'perOccurrence'] as const, 'scheme.unknown-kind')
  const points = reader.points('points')
  const cap = reader.optionalPoints('cap')
  const dedupe = reader.optionalBoolean('dedupe')
  if (id === undefined || label === undefined || mode === undefined || points === undefined) return undefined
  return { id, label, mode, points, ...optionalField('cap', cap), ...optionalField('dedupe', dedupe) }
}

function readVetoEffect(reader: FieldReader): VetoEffect | undefined {
  const effect = reader.child('effect')
  if (effect === undefined) return undefined
  effect.allowOnly(['kind', 'grade'])
  const kind = effect.oneOf('kind', ['fail', 'cap', 'set'] as const, 'scheme.unknown-kind')
  if (kind === undefined) return undefined
  if (kind === 'fail') return { kind }
  const grade = effect.string('grade')
  return grade === undefined ? undefined : { kind, grade }
}

/** Reports ids used twice inside one item (rules, levels, criteria), since answers name them by id. */
function checkUniqueIds(entries: readonly { readonly id: string }[], path: Path, list: ProblemList): void {
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (seen.has(entry.id))
      list.error('scheme.duplicate-id', [...path, index, 'id'], `id "${entry.id}" is used twice`)
    seen.add(entry.id)
  })
}

/** Reads one scheme item (评分项) of any kind; an unknown kind is an error at `kind`. */
export function readSchemeItem(input: unknown, path: Path, list: ProblemList): SchemeItem | undefined {
  if (!FieldReader.isRecord(input)) {
    list.error('scheme.not-object', path, 'an item must be an object')
    return undefined
  }
  const reader = new FieldReader(input, path, list, 'scheme')
  const kind = reader.oneOf('kind', kinds, 'scheme.unknown-kind')
  if (kind !== undefined) reader.allowOnly([...baseFields, ...kindFields[kind]])
  const id = reader.string('id')
  const title = reader.string('title')
  const base = {
    ...optionalField('number', reader.optionalString('number')),
    ...optionalField('description', reader.optionalString('description')),
    ...optionalField('rule', reader.optionalString('rule')),
    ...optionalField('example', reader.optionalBoolean('example')),
  }
  if (kind === undefined || id === undefined || title === undefined) return undefined
  const readRules = (optional: boolean) => {
    const rules = reader.array(
      'rules',
      (element, elementPath) => readDeductionRule(element, elementPath, list),
      { optional },
    )
    checkUniqueIds(rules, [...path, 'rules'], list)
    return rules
  }
  switch (kind) {
    case 'deduction': {
      const fullPoints = reader.points('fullPoints')
      const rules = readRules(false)
      return fullPoints === undefined ? undefined : { id, title, ...base, kind, fullPoints, rules }
    }
    case 'checklist': {
      const fullPoints = reader.points('fullPoints')
      const criteria = reader.array('criteria', (element, elementPath) =>
        readPointed(element, elementPath, list, 'criterion'),
      )
      checkUniqueIds(criteria, [...path, 'criteria'], list)
      const rules = readRules(true)
      if (fullPoints === undefined) return undefined
      const criteriaSum = criteria.reduce((sum, criterion) => sum + Math.round(criterion.points * 1000), 0)
      if (criteriaSum !== Math.round(fullPoints * 1000)) {
        list.warn(
          'scheme.criteria-sum-mismatch',
          [...path, 'criteria'],
          `criteria add up to ${criteriaSum / 1000} but the item is worth ${fullPoints}; earned points are capped at ${fullPoints}`,
        )
      }
      const criteriaList: Criterion[] = criteria
      return {
        id,
        title,
        ...base,
        kind,
        fullPoints,
        criteria: criteriaList,
        ...(rules.length > 0 ? { rules } : {}),
      }
    }
    case 'levels': {
      const fullPoints = reader.points('fullPoints')
      const levels = reader.array('levels', (element, elementPath) =>
        readPointed(element, elementPath, list, 'level'),
      )
      checkUniqueIds(levels, [...path, 'levels'], list)
      if (fullPoints === undefined) return undefined
      levels.forEach((level, index) => {
        if (level.points > fullPoints) {
          list.error(
            'scheme.level-exceeds-full',
            [...path, 'levels', index, 'points'],
            `level "${level.id}" is worth more than the item's ${fullPoints}`,
          )
        }
      })
      if (levels.length === 0)
        list.error('scheme.empty', [...path, 'levels'], 'a levels item needs at least one level')
      return { id, title, ...base, kind, fullPoints, levels }
    }
    case 'bonus': {
      const facts = reader.array('facts', (element, elementPath) => readBonusFact(element, elementPath, list))
      checkUniqueIds(facts, [...path, 'facts'], list)
      const cumulative = reader.boolean('cumulative')
      const cap = reader.optionalPoints('cap')
      if (cumulative === undefined) return undefined
      return { id, title, ...base, kind, facts, cumulative, ...optionalField('cap', cap) }
    }
    case 'penalty': {
      const rules = readRules(false)
      const cap = reader.optionalPoints('cap')
      return { id, title, ...base, kind, rules, ...optionalField('cap', cap) }
    }
    case 'veto': {
      const stage = reader.oneOf('stage', ['entry', 'scoring'] as const)
      const effect = readVetoEffect(reader)
      if (stage === undefined || effect === undefined) return undefined
      if (stage === 'entry' && effect.kind !== 'fail') {
        list.error(
          'scheme.entry-veto-not-fail',
          [...path, 'effect', 'kind'],
          'an entry condition (准入条件) can only fail the form',
        )
      }
      return { id, title, ...base, kind, stage, effect }
    }
    case 'flag':
      return { id, title, ...base, kind }
  }
}
