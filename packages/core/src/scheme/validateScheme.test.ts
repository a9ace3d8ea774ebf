import { describe, expect, it } from 'vitest'
import { miniScheme } from './miniScheme'
import { validateScheme } from './validateScheme'

const item = (fields: Record<string, unknown> = {}) => ({
  id: 'a',
  kind: 'deduction',
  title: 'item',
  fullPoints: 100,
  rules: [{ id: 'r', label: 'rule', mode: 'once', points: 1 }],
  ...fields,
})

function codes(input: unknown) {
  const checked = validateScheme(input)
  return checked.problems.map((problem) => ({
    code: problem.code,
    path: problem.path.join('.'),
    severity: problem.severity,
  }))
}

const bands = (list: unknown[]) => ({ rounding: { mode: 'none', decimals: 3 }, bands: list })

describe('validateScheme', () => {
  it('[S2] accepts a valid scheme and normalises decimal strings to numbers', () => {
    const checked = validateScheme(
      miniScheme([
        item({ fullPoints: '100', rules: [{ id: 'r', label: 'x', mode: 'once', points: '0.5' }] }),
      ]),
    )
    expect(checked.ok).toBe(true)
    if (!checked.ok) return
    const first = checked.value.modules[0]?.groups[0]?.items[0]
    expect(first?.kind === 'deduction' && first.fullPoints).toBe(100)
    expect(first?.kind === 'deduction' && first.rules[0]?.mode === 'once' && first.rules[0].points).toBe(0.5)
    expect(checked.problems).toEqual([])
  })

  it('[S2] reports non-objects and missing fields with codes and paths instead of throwing', () => {
    expect(codes(null)).toEqual([{ code: 'scheme.not-object', path: '', severity: 'error' }])
    expect(codes('text')).toEqual([{ code: 'scheme.not-object', path: '', severity: 'error' }])
    const { id: _id, ...withoutId } = miniScheme([item()])
    expect(codes(withoutId)).toContainEqual({ code: 'scheme.missing-field', path: 'id', severity: 'error' })
    expect(codes(miniScheme([item()], { format: 'other' }))).toContainEqual({
      code: 'scheme.bad-format',
      path: 'format',
      severity: 'error',
    })
    expect(codes(miniScheme([{ ...item(), rules: 'x' }]))).toContainEqual({
      code: 'scheme.wrong-type',
      path: 'modules.0.groups.0.items.0.rules',
      severity: 'error',
    })
  })

  it('[S3] reports an unknown item kind or rule mode at its path', () => {
    expect(codes(miniScheme([item({ kind: 'mystery' })]))).toContainEqual({
      code: 'scheme.unknown-kind',
      path: 'modules.0.groups.0.items.0.kind',
      severity: 'error',
    })
    expect(
      codes(miniScheme([item({ rules: [{ id: 'r', label: 'x', mode: 'sometimes', points: 1 }] })])),
    ).toContainEqual({
      code: 'scheme.unknown-kind',
      path: 'modules.0.groups.0.items.0.rules.0.mode',
      severity: 'error',
    })
  })

  it('[S4] rejects negative full points and over-precise points', () => {
    expect(codes(miniScheme([item({ fullPoints: -2 })]))).toContainEqual({
      code: 'scheme.negative-points',
      path: 'modules.0.groups.0.items.0.fullPoints',
      severity: 'error',
    })
    expect(codes(miniScheme([item({ fullPoints: 2.0001 })]))).toContainEqual({
      code: 'points.too-precise',
      path: 'modules.0.groups.0.items.0.fullPoints',
      severity: 'error',
    })
  })

  it('[S5] rejects bands with a gap', () => {
    const gap = bands([
      { id: 'low', label: 'low', to: { points: 80, inclusive: false }, passing: false },
      { id: 'high', label: 'high', from: { points: 90, inclusive: true }, passing: true },
    ])
    expect(codes(miniScheme([item()], { grading: gap }))).toContainEqual({
      code: 'scheme.bands-gap',
      path: 'grading.bands.1.from',
      severity: 'error',
    })
    const bothExclusive = bands([
      { id: 'low', label: 'low', to: { points: 90, inclusive: false }, passing: false },
      { id: 'high', label: 'high', from: { points: 90, inclusive: false }, passing: true },
    ])
    expect(codes(miniScheme([item()], { grading: bothExclusive }))).toContainEqual({
      code: 'scheme.bands-gap',
      path: 'grading.bands.1.from',
      severity: 'error',
    })
  })

  it('[S5] rejects bands that overlap, as published "80分以上,90分以下" would if both ends were inclusive', () => {
    const overlap = bands([
      { id: 'low', label: 'low', to: { points: 90, inclusive: true }, passing: false },
      { id: 'high', label: 'high', from: { points: 90, inclusive: true }, passing: true },
    ])
    expect(codes(miniScheme([item()], { grading: overlap }))).toContainEqual({
      code: 'scheme.bands-overlap',
      path: 'grading.bands.1.from',
      severity: 'error',
    })
  })

  it('[S5] rejects bands that leave 0 or the top uncovered', () => {
    const noZero = bands([
      { id: 'only', label: 'only', from: { points: 10, inclusive: true }, passing: true },
    ])
    expect(codes(miniScheme([item()], { grading: noZero }))).toContainEqual({
      code: 'scheme.bands-gap',
      path: 'grading.bands.0.from',
      severity: 'error',
    })
    const noTop = bands([{ id: 'only', label: 'only', to: { points: 100, inclusive: true }, passing: true }])
    expect(codes(miniScheme([item()], { grading: noTop }))).toContainEqual({
      code: 'scheme.bands-gap',
      path: 'grading.bands.0.to',
      severity: 'error',
    })
  })

  it('[S6] warns, and keeps the items, when a declared subtotal disagrees with its items', () => {
    const scheme = miniScheme([item({ fullPoints: 3 })], {
      declaredTotal: 100,
      modules: [
        {
          id: 'm',
          title: 'm',
          declaredPoints: 4,
          groups: [{ id: 'g', title: 'g', declaredPoints: 5, items: [item({ fullPoints: 3 })] }],
        },
      ],
    })
    const checked = validateScheme(scheme)
    expect(checked.ok).toBe(true)
    expect(codes(scheme)).toEqual([
      {
        code: 'scheme.declared-subtotal-mismatch',
        path: 'modules.0.groups.0.declaredPoints',
        severity: 'warning',
      },
      { code: 'scheme.declared-subtotal-mismatch', path: 'modules.0.declaredPoints', severity: 'warning' },
      { code: 'scheme.declared-total-mismatch', path: 'declaredTotal', severity: 'warning' },
    ])
  })

  it('[S8] rejects an entry condition that only locks the grade', () => {
    const veto = { id: 'v', kind: 'veto', title: 'v', stage: 'entry', effect: { kind: 'cap', grade: 'fail' } }
    expect(codes(miniScheme([item(), veto]))).toContainEqual({
      code: 'scheme.entry-veto-not-fail',
      path: 'modules.0.groups.0.items.1.effect.kind',
      severity: 'error',
    })
  })

  it('[S9] rejects locks, veto grades and band conditions that name nothing', () => {
    const veto = {
      id: 'v',
      kind: 'veto',
      title: 'v',
      stage: 'scoring',
      effect: { kind: 'cap', grade: 'nowhere' },
    }
    expect(codes(miniScheme([item(), veto]))).toContainEqual({
      code: 'scheme.unknown-grade',
      path: 'modules.0.groups.0.items.1.effect.grade',
      severity: 'error',
    })
    const grading = bands([
      { id: 'fail', label: 'f', to: { points: 90, inclusive: false }, passing: false },
      { id: 'pass', label: 'p', from: { points: 90, inclusive: true }, passing: true, requires: ['a'] },
    ])
    expect(codes(miniScheme([item()], { grading }))).toContainEqual({
      code: 'scheme.unknown-flag',
      path: 'grading.bands.1.requires.0',
      severity: 'error',
    })
  })

  it('[S2] rejects ids used twice, since answers are keyed by id', () => {
    expect(codes(miniScheme([item(), item()]))).toContainEqual({
      code: 'scheme.duplicate-id',
      path: 'modules.0.groups.0.items.1.id',
      severity: 'error',
    })
    expect(
      codes(
        miniScheme([
          item({
            rules: [
              { id: 'r', label: 'x', mode: 'once', points: 1 },
              { id: 'r', label: 'y', mode: 'once', points: 1 },
            ],
          }),
        ]),
      ),
    ).toContainEqual({
      code: 'scheme.duplicate-id',
      path: 'modules.0.groups.0.items.0.rules.1.id',
      severity: 'error',
    })
  })

  it('[S17] rejects a level worth more than its item', () => {
    const levels = {
      id: 'l',
      kind: 'levels',
      title: 'l',
      fullPoints: 4,
      levels: [{ id: 'x', label: 'x', points: 5 }],
    }
    expect(codes(miniScheme([levels]))).toContainEqual({
      code: 'scheme.level-exceeds-full',
      path: 'modules.0.groups.0.items.0.levels.0.points',
      severity: 'error',
    })
  })

  it('[S13] [S14] rejects a range with min above max and a fractional multiplier', () => {
    expect(
      codes(miniScheme([item({ rules: [{ id: 'r', label: 'x', mode: 'range', min: 3, max: 1 }] })])),
    ).toContainEqual({
      code: 'scheme.bad-range',
      path: 'modules.0.groups.0.items.0.rules.0.min',
      severity: 'error',
    })
    expect(
      codes(miniScheme([item({ rules: [{ id: 'r', label: 'x', mode: 'multiplier', factor: 1.5 }] })])),
    ).toContainEqual({
      code: 'scheme.wrong-type',
      path: 'modules.0.groups.0.items.0.rules.0.factor',
      severity: 'error',
    })
  })

  it('[S2] warns about unknown fields so typos show, without rejecting newer files', () => {
    expect(codes(miniScheme([item({ fulPoints: 3 })]))).toEqual([
      { code: 'scheme.unknown-field', path: 'modules.0.groups.0.items.0.fulPoints', severity: 'warning' },
    ])
  })

  it('[S33] rejects a share above one', () => {
    const cohort = [
      { kind: 'quota', id: 'q', share: { numerator: 3, denominator: 2 }, of: 'all', grade: 'pass' },
    ]
    expect(codes(miniScheme([item()], { cohort }))).toContainEqual({
      code: 'scheme.bad-share',
      path: 'cohort.0.share.numerator',
      severity: 'error',
    })
  })
})
