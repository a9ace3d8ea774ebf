import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnswerColumn } from '../scheme/AnswerColumn'
import type { ItemAnswer } from '../scheme/ItemAnswer'
import type { RuleHit } from '../scheme/RuleHit'
import type { BonusFact } from '../scheme/BonusFact'
import type { DeductionRule } from '../scheme/DeductionRule'
import { builtInSchemes } from '../scheme/builtInSchemes'
import type { Scheme } from '../scheme/Scheme'
import type { SchemeItem } from '../scheme/SchemeItem'
import { itemFullMillis } from '../scheme/itemFullMillis'
import { evaluate } from './evaluate'

const seed = Number(process.env['FC_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
console.log(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`)
const runs = { seed, numRuns: 150 }

const items = (scheme: Scheme) =>
  scheme.modules.flatMap((module) => module.groups.flatMap((group) => group.items))

const millisBetween = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 1000), max: Math.round(max * 1000) }).map((millis) => millis / 1000)

function hitArbitrary(rule: DeductionRule | BonusFact): fc.Arbitrary<RuleHit> {
  switch (rule.mode) {
    case 'once':
    case 'forfeit':
      return fc.boolean()
    case 'perOccurrence':
      return fc.oneof(
        fc.nat(6),
        fc.array(fc.record({ key: fc.constantFrom('甲', '乙', '丙') }), { maxLength: 4 }),
      )
    case 'range':
      return fc.oneof(fc.constant(0), millisBetween(rule.min, rule.max))
    case 'multiplier':
      return millisBetween(0, 2)
  }
}

/** fc.record with optional keys types absent keys as `undefined`; answers never hold `undefined`. */
function defined<T>(record: Readonly<Record<string, T | undefined>>): Record<string, T> {
  const result: Record<string, T> = {}
  for (const [key, value] of Object.entries(record)) if (value !== undefined) result[key] = value
  return result
}

function hitsArbitrary(rules: readonly (DeductionRule | BonusFact)[]): fc.Arbitrary<Record<string, RuleHit>> {
  return fc
    .record(Object.fromEntries(rules.map((rule) => [rule.id, hitArbitrary(rule)])), {
      requiredKeys: [],
    })
    .map(defined)
}

function itemAnswerArbitrary(item: SchemeItem, scheme: Scheme): fc.Arbitrary<ItemAnswer> {
  const notApplicable = scheme.notApplicable === 'forbid' ? fc.constant(false) : fc.boolean()
  switch (item.kind) {
    case 'deduction':
    case 'penalty':
      return fc
        .record({ deductions: hitsArbitrary(item.rules), notApplicable }, { requiredKeys: ['deductions'] })
        .map((answer) => (item.kind === 'penalty' ? { deductions: answer.deductions } : answer))
    case 'checklist':
      return fc
        .record({
          checked: fc
            .record(Object.fromEntries(item.criteria.map((criterion) => [criterion.id, fc.boolean()])), {
              requiredKeys: [],
            })
            .map(defined),
          deductions: hitsArbitrary(item.rules ?? []),
        })
        .map(defined)
    case 'levels':
      return fc.record(
        { level: fc.constantFrom(...item.levels.map((level) => level.id)) },
        { requiredKeys: [] },
      )
    case 'bonus':
      return fc.record({ bonuses: hitsArbitrary(item.facts) })
    case 'veto':
      return fc.record({ triggered: fc.boolean() })
    case 'flag':
      return fc.record({ met: fc.boolean() })
  }
}

function columnArbitrary(scheme: Scheme): fc.Arbitrary<AnswerColumn> {
  return fc
    .record(Object.fromEntries(items(scheme).map((item) => [item.id, itemAnswerArbitrary(item, scheme)])), {
      requiredKeys: [],
    })
    .map(defined)
}

const answersArbitrary = (scheme: Scheme) =>
  fc.record({ self: columnArbitrary(scheme), inspector: columnArbitrary(scheme) }, { requiredKeys: ['self'] })

/** Reverses every object's key order, deeply: the same answers written in another order. */
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return [...(value as unknown[])].reverse().map(reorder)
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, inner]) => [key, reorder(inner)]),
    )
  return value
}

function mustEvaluate(scheme: Scheme, answers: unknown) {
  const checked = evaluate(scheme, answers)
  if (!checked.ok) throw new Error(`generated answers must be valid: ${JSON.stringify(checked.problems)}`)
  return checked.value
}

describe.each(builtInSchemes.map((scheme) => [scheme.id, scheme] as const))(
  'properties of %s',
  (_id, scheme) => {
    const fullMillis = items(scheme).reduce((sum, item) => sum + itemFullMillis(item), 0)
    const bonusCapMillis = scheme.bonusCap === undefined ? 0 : Math.round(scheme.bonusCap * 1000)

    it('[S29] totals never exceed full points plus the bonus cap, never go below zero, and stay exact', () => {
      fc.assert(
        fc.property(answersArbitrary(scheme), (answers) => {
          const evaluation = mustEvaluate(scheme, answers)
          for (const sheet of [evaluation.final, evaluation.self, evaluation.inspector]) {
            if (sheet === null) continue
            const millis = sheet.total * 1000
            expect(Number.isInteger(Math.round(millis))).toBe(true)
            expect(Math.abs(millis - Math.round(millis))).toBeLessThan(1e-6)
            expect(Math.round(millis)).toBeLessThanOrEqual(fullMillis + bonusCapMillis)
            expect(sheet.total).toBeGreaterThanOrEqual(0)
          }
        }),
        runs,
      )
    })

    it('[S7] a failing veto always fails the form', () => {
      const fails = items(scheme).filter((item) => item.kind === 'veto' && item.effect.kind === 'fail')
      fc.assert(
        fc.property(answersArbitrary(scheme), (answers) => {
          const evaluation = mustEvaluate(scheme, answers)
          const triggered = fails.some(
            (item) => (answers.inspector?.[item.id] ?? answers.self[item.id])?.triggered === true,
          )
          if (triggered) expect(evaluation.final.passed).toBe(false)
        }),
        runs,
      )
    })

    it('[S27] answer order never changes a result, and evaluate is deterministic', () => {
      fc.assert(
        fc.property(answersArbitrary(scheme), (answers) => {
          const first = mustEvaluate(scheme, answers)
          expect(mustEvaluate(scheme, answers)).toEqual(first)
          expect(JSON.stringify(mustEvaluate(scheme, reorder(answers)))).toBe(JSON.stringify(first))
        }),
        runs,
      )
    })
  },
)
