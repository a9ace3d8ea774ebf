import { describe, expect, it } from 'vitest'
import { evaluate } from '../engine/evaluate'
import type { ItemAnswer } from '../scheme/ItemAnswer'
import { miniScheme } from '../scheme/miniScheme'
import type { Scheme } from '../scheme/Scheme'
import type { SchemeItem } from '../scheme/SchemeItem'
import { validateScheme } from '../scheme/validateScheme'
import { applyItemAnswerChange } from './applyItemAnswerChange'
import type { ItemAnswerChange } from './ItemAnswerChange'

function load(raw: unknown): Scheme {
  const checked = validateScheme(raw)
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

const scheme = load(
  miniScheme([
    {
      id: 'secretary',
      kind: 'deduction',
      title: '班子健全',
      fullPoints: 2,
      rules: [
        { id: 'no-secretary', label: '未设书记', mode: 'once', points: 1 },
        { id: 'missed', label: '缺席', mode: 'perOccurrence', points: 0.5 },
        { id: 'general', label: '一般', mode: 'range', min: 0.5, max: 1 },
      ],
    },
    {
      id: 'venue',
      kind: 'levels',
      title: '阵地',
      fullPoints: 4,
      levels: [
        { id: 'good', label: '好', points: 4 },
        { id: 'none', label: '无', points: 0 },
      ],
    },
    {
      id: 'rules',
      kind: 'checklist',
      title: '制度上墙',
      fullPoints: 2,
      criteria: [
        { id: 'flag', label: '党旗', points: 1 },
        { id: 'rules', label: '制度', points: 1 },
      ],
    },
    { id: 'redline', kind: 'veto', title: '违纪', stage: 'entry', effect: { kind: 'fail' } },
  ]),
)

function item(id: string): SchemeItem {
  const found = scheme.modules[0]?.groups[0]?.items.find((candidate) => candidate.id === id)
  if (found === undefined) throw new Error(id)
  return found
}

function apply(id: string, changes: readonly ItemAnswerChange[]): ItemAnswer | null {
  let answer: ItemAnswer | null = null
  for (const change of changes) {
    const result = applyItemAnswerChange(scheme, item(id), answer ?? undefined, change)
    if (!result.ok) throw new Error(result.error.code)
    answer = result.value
  }
  return answer
}

describe('applyItemAnswerChange', () => {
  it('[B1] maps ticked deductions and counts to the answers format the engine scores', () => {
    const answer = apply('secretary', [
      { type: 'deduction', ruleId: 'no-secretary', hit: true },
      { type: 'deduction', ruleId: 'missed', hit: 1 },
    ])
    expect(answer).toEqual({ deductions: { 'no-secretary': true, missed: 1 } })
    const result = evaluate(scheme, { self: { secretary: answer } })
    expect(result.ok && result.value.final.modules[0]?.groups[0]?.items[0]?.earned).toBe(0.5)
  })

  it('[B1] unticking the last rule keeps the item answered with full marks', () => {
    const answer = apply('secretary', [
      { type: 'deduction', ruleId: 'no-secretary', hit: true },
      { type: 'deduction', ruleId: 'no-secretary', hit: false },
    ])
    expect(answer).toEqual({})
  })

  it('[B1] answered false removes the answer so the item counts as missing again', () => {
    expect(
      apply('secretary', [
        { type: 'note', text: '已核' },
        { type: 'answered', value: false },
      ]),
    ).toBeNull()
  })

  it('[B1] picks one level, ticks criteria and triggers a veto', () => {
    expect(
      apply('venue', [
        { type: 'level', levelId: 'none' },
        { type: 'level', levelId: 'good' },
      ]),
    ).toEqual({ level: 'good' })
    expect(apply('rules', [{ type: 'criterion', criterionId: 'flag', checked: true }])).toEqual({
      checked: { flag: true },
    })
    expect(apply('redline', [{ type: 'triggered', value: true }])).toEqual({ triggered: true })
  })

  it('[B1] refuses an amount outside the rule range instead of writing an unscorable answer', () => {
    const result = applyItemAnswerChange(scheme, item('secretary'), undefined, {
      type: 'deduction',
      ruleId: 'general',
      hit: 3,
    })
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error.code).toBe('BLOCK_BAD_HIT')
  })

  it('[B1] refuses a field the item kind does not take', () => {
    const result = applyItemAnswerChange(scheme, item('redline'), undefined, {
      type: 'notApplicable',
      value: true,
    })
    expect(!result.ok && result.error.code).toBe('BLOCK_FIELD_NOT_ALLOWED')
  })

  it('[B1] refuses not-applicable when the scheme forbids it', () => {
    const strict = load({
      ...miniScheme([
        { id: 'a', kind: 'flag', title: 'a' },
        { id: 'b', kind: 'levels', title: 'b', fullPoints: 1, levels: [{ id: 'x', label: 'x', points: 1 }] },
      ]),
      notApplicable: 'forbid',
    })
    const levels = strict.modules[0]?.groups[0]?.items[1]
    if (levels === undefined) throw new Error('fixture')
    const result = applyItemAnswerChange(strict, levels, undefined, { type: 'notApplicable', value: true })
    expect(!result.ok && result.error.code).toBe('BLOCK_NOT_APPLICABLE_FORBIDDEN')
  })
})
