import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePoints } from '../decimal/parsePoints'
import { computeBranchScorecard } from './computeBranchScorecard'
import { exampleScorecardRules } from './exampleScorecardRules'
import type { ScorecardInputs } from './ScorecardInputs'
import type { ScorecardRules } from './ScorecardRules'

const seed = Number(process.env['FC_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
console.log(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`)
const runs = { seed, numRuns: 300 }

const millis = (value: number): number => {
  const parsed = parsePoints(value)
  if (!parsed.ok) throw new Error(`not exact: ${value}`)
  return parsed.value
}

// Three weights in per-mille adding up to 1000, full points up to 1000 with three decimals.
const rulesArbitrary: fc.Arbitrary<ScorecardRules> = fc
  .tuple(
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 0, max: 1000 }),
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.constantFrom<'zero' | 'rescale'>('zero', 'rescale'),
  )
  .map(([first, second, fullMillis, whenMissing]) => {
    const [low, high] = first <= second ? [first, second] : [second, first]
    const weights = [low, high - low, 1000 - high]
    return {
      ...exampleScorecardRules,
      fullPoints: fullMillis / 1000,
      whenMissing,
      components: exampleScorecardRules.components.map((component, index) => ({
        ...component,
        weight: weights[index] ?? 0,
      })),
    }
  })

const countArbitrary = fc.option(
  fc
    .integer({ min: 0, max: 500 })
    .chain((due) => fc.record({ done: fc.integer({ min: 0, max: due }), due: fc.constant(due) })),
  { nil: undefined },
)

const inputsArbitrary: fc.Arbitrary<ScorecardInputs> = fc
  .tuple(
    fc.option(
      fc
        .integer({ min: 1, max: 200_000 })
        .chain((full) =>
          fc.record({ full: fc.constant(full), total: fc.integer({ min: 0, max: full + 20_000 }) }),
        ),
      { nil: undefined },
    ),
    countArbitrary,
    countArbitrary,
  )
  .map(([form, meetings, rectification]) => ({
    forms:
      form === undefined
        ? []
        : [
            {
              docId: 'd',
              title: '认证',
              schemeId: 'tiantai-biaozhunhua-renzheng',
              date: '2026-01-01',
              total: form.total / 1000,
              full: form.full / 1000,
              grade: 'x',
              passed: true,
              vetoed: false,
            },
          ],
    ...(meetings === undefined ? {} : { meetings }),
    ...(rectification === undefined ? {} : { rectification }),
  }))

describe('computeBranchScorecard (property)', () => {
  it('[S252][S254] every score is within its share and the total within the full points, rounded once', () => {
    fc.assert(
      fc.property(rulesArbitrary, inputsArbitrary, (rules, inputs) => {
        const result = computeBranchScorecard(rules, inputs)
        if (!result.ok) throw new Error(JSON.stringify(result.problems))
        const card = result.value
        const full = millis(rules.fullPoints)
        let sum = 0
        for (const component of card.components) {
          const score = component.score === null ? 0 : millis(component.score)
          expect(score).toBeGreaterThanOrEqual(0)
          expect(score).toBeLessThanOrEqual(millis(component.full))
          sum += score
        }
        const total = millis(card.total)
        expect(card.totalText).toBe(String(card.total))
        expect(total).toBeGreaterThanOrEqual(0)
        expect(total).toBeLessThanOrEqual(full)
        // The total is rounded once from the exact rates; each shown score is off by at most half a thousandth.
        if (rules.whenMissing === 'zero')
          expect(Math.abs(total - sum)).toBeLessThanOrEqual(card.components.length)
      }),
      runs,
    )
  })

  it('[S252] holding one more meeting never lowers the total', () => {
    fc.assert(
      fc.property(rulesArbitrary, inputsArbitrary, (rules, inputs) => {
        const meetings = inputs.meetings
        if (meetings === undefined || meetings.done >= meetings.due) return
        const before = computeBranchScorecard(rules, inputs)
        const after = computeBranchScorecard(rules, {
          ...inputs,
          meetings: { ...meetings, done: meetings.done + 1 },
        })
        if (!before.ok || !after.ok) throw new Error('rules rejected')
        expect(millis(after.value.total)).toBeGreaterThanOrEqual(millis(before.value.total))
      }),
      runs,
    )
  })
})
