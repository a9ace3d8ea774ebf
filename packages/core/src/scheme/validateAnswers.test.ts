import { describe, expect, it } from 'vitest'
import { getBuiltInScheme } from './getBuiltInScheme'
import { miniScheme } from './miniScheme'
import type { Scheme } from './Scheme'
import { validateAnswers } from './validateAnswers'
import { validateScheme } from './validateScheme'

function scheme(input: unknown): Scheme {
  const checked = validateScheme(input)
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

const rules = [
  { id: 'once', label: 'once', mode: 'once', points: 1 },
  { id: 'each', label: 'each', mode: 'perOccurrence', points: 0.5 },
  { id: 'range', label: 'range', mode: 'range', min: 1, max: 3 },
  { id: 'times', label: 'times', mode: 'multiplier', factor: 10 },
]
const mini = scheme(
  miniScheme(
    [
      { id: 'd', kind: 'deduction', title: 'd', fullPoints: 100, rules },
      { id: 'l', kind: 'levels', title: 'l', fullPoints: 0, levels: [{ id: 'x', label: 'x', points: 0 }] },
      { id: 'v', kind: 'veto', title: 'v', stage: 'entry', effect: { kind: 'fail' } },
    ],
    { notApplicable: 'forbid' },
  ),
)

function codes(answers: unknown, target: Scheme = mini) {
  return validateAnswers(target, answers).problems.map((problem) => ({
    code: problem.code,
    path: problem.path.join('.'),
  }))
}

describe('validateAnswers', () => {
  it('[S28] accepts both columns and every hit shape', () => {
    const answers = {
      self: {
        d: {
          deductions: { once: true, each: [{ key: 'a' }, { key: 'b' }], range: '1.5', times: 0.2 },
          note: '见照片',
          evidence: ['p1'],
        },
      },
      inspector: { d: { deductions: { each: 3 } }, l: { level: 'x' }, v: { triggered: false } },
    }
    expect(validateAnswers(mini, answers)).toEqual({ ok: true, value: answers, problems: [] })
  })

  it('[S28] reports bad answers with codes and paths, never a crash', () => {
    expect(codes(null)).toEqual([{ code: 'answers.not-object', path: '' }])
    expect(codes({ self: [] })).toEqual([{ code: 'answers.not-object', path: 'self' }])
    expect(codes({ other: {} })).toEqual([{ code: 'answers.unknown-column', path: 'other' }])
    expect(codes({ self: { d: 'yes' } })).toEqual([{ code: 'answers.not-object', path: 'self.d' }])
    expect(codes({ self: { d: { level: 'x' } } })).toEqual([
      { code: 'answers.field-not-allowed', path: 'self.d.level' },
    ])
    expect(codes({ self: { d: { deductions: { nope: true } } } })).toEqual([
      { code: 'answers.unknown-rule', path: 'self.d.deductions.nope' },
    ])
    expect(codes({ self: { l: { level: 'y' } } })).toEqual([
      { code: 'answers.unknown-level', path: 'self.l.level' },
    ])
    expect(codes({ inspector: { v: { triggered: 'yes' } } })).toEqual([
      { code: 'answers.wrong-type', path: 'inspector.v.triggered' },
    ])
  })

  it('[S28] warns about answers to items the scheme does not have', () => {
    const checked = validateAnswers(mini, { self: { gone: {} } })
    expect(checked.ok).toBe(true)
    expect(checked.problems).toEqual([
      expect.objectContaining({ code: 'answers.unknown-item', path: ['self', 'gone'], severity: 'warning' }),
    ])
  })

  it('[S11] a once rule applies at most once', () => {
    expect(codes({ self: { d: { deductions: { once: 2 } } } })).toEqual([
      { code: 'answers.bad-count', path: 'self.d.deductions.once' },
    ])
    expect(codes({ self: { d: { deductions: { each: -1 } } } })).toEqual([
      { code: 'answers.bad-count', path: 'self.d.deductions.each' },
    ])
    expect(codes({ self: { d: { deductions: { each: 1.5 } } } })).toEqual([
      { code: 'answers.bad-count', path: 'self.d.deductions.each' },
    ])
  })

  it('[S13] a range amount must be 0 or inside the range, with exact precision', () => {
    expect(codes({ self: { d: { deductions: { range: 4 } } } })).toEqual([
      { code: 'answers.out-of-range', path: 'self.d.deductions.range' },
    ])
    expect(codes({ self: { d: { deductions: { range: 0.5 } } } })).toEqual([
      { code: 'answers.out-of-range', path: 'self.d.deductions.range' },
    ])
    expect(codes({ self: { d: { deductions: { range: true } } } })).toEqual([
      { code: 'answers.bad-hit', path: 'self.d.deductions.range' },
    ])
    expect(codes({ self: { d: { deductions: { range: 1.0001 } } } })).toEqual([
      { code: 'points.too-precise', path: 'self.d.deductions.range' },
    ])
    expect(codes({ self: { d: { deductions: { range: 0 } } } })).toEqual([])
  })

  it('[S16] reports a bad occurrence at its index', () => {
    expect(codes({ self: { d: { deductions: { each: [{ key: 'a' }, 'b'] } } } })).toEqual([
      { code: 'answers.not-object', path: 'self.d.deductions.each.1' },
    ])
    expect(codes({ self: { d: { deductions: { times: [{ amount: 'x' }] } } } })).toEqual([
      { code: 'points.not-a-number', path: 'self.d.deductions.times.0.amount' },
    ])
  })

  it('[S22] rejects not-applicable when the scheme forbids it', () => {
    expect(codes({ self: { d: { notApplicable: true } } })).toEqual([
      { code: 'answers.not-applicable-forbidden', path: 'self.d.notApplicable' },
    ])
    const tiantai = getBuiltInScheme('tiantai-biaozhunhua-renzheng')
    if (tiantai === undefined) throw new Error('tiantai is built in')
    expect(codes({ self: { 'tiantai.zuzhi.1': { notApplicable: true } } }, tiantai)).toEqual([])
    expect(codes({ self: { 'tiantai.entry.venue': { notApplicable: true } } }, tiantai)).toEqual([
      { code: 'answers.field-not-allowed', path: 'self.tiantai.entry.venue.notApplicable' },
    ])
  })
})
