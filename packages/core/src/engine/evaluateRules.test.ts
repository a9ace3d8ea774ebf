import { describe, expect, it } from 'vitest'
import type { Answers } from '../scheme/Answers'
import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import { miniScheme } from '../scheme/miniScheme'
import type { Scheme } from '../scheme/Scheme'
import { validateScheme } from '../scheme/validateScheme'
import type { Evaluation } from './Evaluation'
import { evaluate } from './evaluate'

function scheme(items: readonly unknown[], overrides: Record<string, unknown> = {}): Scheme {
  const checked = validateScheme(miniScheme(items, overrides))
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

function score(target: Scheme, answers: Answers): Evaluation {
  const checked = evaluate(target, answers)
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

/** One 100-point item whose deduction is typed in, so any total can be produced. */
const hundred = {
  id: 'a',
  kind: 'deduction',
  title: 'a',
  fullPoints: 100,
  rules: [{ id: 'lose', label: '扣分', mode: 'range', min: 0, max: 100 }],
}
const totalOf = (target: Scheme, lose: string) =>
  score(target, { self: { a: { deductions: { lose } } } }).final

describe('grading boundaries', () => {
  it('[S5] [S23] without rounding 89.5 fails a pass-at-90 band and 90 passes', () => {
    const target = scheme([hundred])
    expect(totalOf(target, '10.5')).toMatchObject({
      total: 89.5,
      gradedTotal: 89.5,
      passed: false,
      grade: { id: 'fail' },
    })
    expect(totalOf(target, '10')).toMatchObject({ total: 90, passed: true, grade: { id: 'pass' } })
  })

  it('[S23] half-up to whole points turns 89.5 into 90 and passes; floor keeps 89', () => {
    const halfUp = scheme([hundred], {
      grading: { ...(miniScheme([]).grading as object), rounding: { mode: 'half-up', decimals: 0 } },
    })
    expect(totalOf(halfUp, '10.5')).toMatchObject({ total: 89.5, gradedTotal: 90, passed: true })
    expect(totalOf(halfUp, '10.501')).toMatchObject({ total: 89.499, gradedTotal: 89, passed: false })
    const floor = scheme([hundred], {
      grading: { ...(miniScheme([]).grading as object), rounding: { mode: 'floor', decimals: 0 } },
    })
    expect(totalOf(floor, '0.5')).toMatchObject({ total: 99.5, gradedTotal: 99 })
  })

  it('[S5] an exclusive lower bound puts exactly 90 in the band below', () => {
    const grading = {
      rounding: { mode: 'none', decimals: 3 },
      bands: [
        { id: 'good', label: '良好', to: { points: 90, inclusive: true }, passing: true },
        { id: 'excellent', label: '优秀', from: { points: 90, inclusive: false }, passing: true },
      ],
    }
    const target = scheme([hundred], { grading })
    expect(totalOf(target, '10').grade.id).toBe('good')
    expect(totalOf(target, '9.999').grade.id).toBe('excellent')
  })

  it('[S1] 0.1 deducted three times leaves exactly 99.7', () => {
    const target = scheme([
      { ...hundred, rules: [{ id: 'tenth', label: '每次', mode: 'perOccurrence', points: 0.1 }] },
    ])
    const sheet = score(target, { self: { a: { deductions: { tenth: 3 } } } }).final
    expect(sheet.total).toBe(99.7)
    expect(sheet.totalText).toBe('99.7')
    expect(sheet.modules[0]?.groups[0]?.items[0]?.deductions[0]?.points).toBe(0.3)
  })

  it('[S24] a top band that requires a flag falls to the band below when the flag is not met', () => {
    const ganyu = getBuiltInScheme('ganyu-xingji-pingding')
    if (ganyu === undefined) throw new Error('ganyu is built in')
    const everything: Record<string, object> = {}
    for (const module of ganyu.modules)
      for (const group of module.groups) for (const entry of group.items) everything[entry.id] = {}
    const without = score(ganyu, { self: everything }).final
    expect(without).toMatchObject({ total: 100, grade: { id: 'star4' } })
    expect(without.explanation).toContain('「五星级」还须满足条件(ganyu.innovation), 未满足, 降为「四星级」')
    const withFlag = score(ganyu, { self: { ...everything, 'ganyu.innovation': { met: true } } }).final
    expect(withFlag.grade.id).toBe('star5')
  })
})

describe('vetoes', () => {
  const veto = { id: 'v', kind: 'veto', title: '班子成员违法违纪', stage: 'entry', effect: { kind: 'fail' } }

  it('[S7] [S8] a veto item fails the form whatever the total', () => {
    const target = scheme([hundred, veto])
    const sheet = score(target, { self: { a: {}, v: { triggered: true } } }).final
    expect(sheet).toMatchObject({
      total: 100,
      bandGrade: { id: 'pass' },
      grade: { id: 'fail' },
      passed: false,
    })
    expect(sheet.explanation).toContain('一票否决: 班子成员违法违纪(准入条件)')
  })

  it('[S7] the Tiantai entry conditions fail a perfect form', () => {
    const tiantai = getBuiltInScheme('tiantai-biaozhunhua-renzheng')
    if (tiantai === undefined) throw new Error('tiantai is built in')
    const everything: Record<string, object> = {}
    for (const module of tiantai.modules)
      for (const group of module.groups) for (const entry of group.items) everything[entry.id] = {}
    const perfect = score(tiantai, {
      self: {
        ...everything,
        'tiantai.duiwu.2': {
          checked: { plan: true, lessons: true, talks: true, report: true, ledger: true },
        },
        'tiantai.duiwu.5': { level: 'good' },
        'tiantai.zhendi.1': { level: 'standard' },
        'tiantai.zhendi.2': { checked: { flag: true, rules: true, materials: true, equipment: true } },
      },
    })
    expect(perfect.final).toMatchObject({ total: 100, passed: true, grade: { id: 'pass' }, missing: 0 })
    const vetoed = score(tiantai, { self: { ...everything, 'tiantai.entry.venue': { triggered: true } } })
    expect(vetoed.final.passed).toBe(false)
    expect(vetoed.final.grade.label).toBe('不通过')
  })

  it('[S9] set picks the lowest of several forced grades and cap only ever lowers', () => {
    const grading = {
      rounding: { mode: 'none', decimals: 3 },
      bands: [
        { id: 'c', label: '三类', to: { points: 60, inclusive: false }, passing: false },
        {
          id: 'b',
          label: '二类',
          from: { points: 60, inclusive: true },
          to: { points: 90, inclusive: false },
          passing: true,
        },
        { id: 'a', label: '一类', from: { points: 90, inclusive: true }, passing: true },
      ],
    }
    const items = [
      hundred,
      { id: 'toB', kind: 'veto', title: '定为二类', stage: 'scoring', effect: { kind: 'set', grade: 'b' } },
      { id: 'toC', kind: 'veto', title: '定为三类', stage: 'scoring', effect: { kind: 'set', grade: 'c' } },
      {
        id: 'capB',
        kind: 'veto',
        title: '不能列为一类',
        stage: 'scoring',
        effect: { kind: 'cap', grade: 'b' },
      },
    ]
    const target = scheme(items, { grading })
    expect(
      score(target, { self: { a: {}, toB: { triggered: true }, toC: { triggered: true } } }).final.grade.id,
    ).toBe('c')
    expect(
      score(target, { self: { a: { deductions: { lose: 50 } }, capB: { triggered: true } } }).final.grade.id,
    ).toBe('c')
    expect(score(target, { self: { a: {}, capB: { triggered: true } } }).final.grade.id).toBe('b')
  })
})

describe('item kinds', () => {
  it('[S12] a per-occurrence deduction stops at its cap', () => {
    const target = scheme([
      {
        ...hundred,
        rules: [{ id: 'absent', label: '无故缺席', mode: 'perOccurrence', points: 0.5, cap: 3 }],
      },
    ])
    const entry = score(target, { self: { a: { deductions: { absent: 10 } } } }).final.modules[0]?.groups[0]
      ?.items[0]
    expect(entry?.earned).toBe(97)
    expect(entry?.explanation).toBe('第1项: 满分100分, 无故缺席10次, 每次扣0.5分, 封顶3分, 得97分')
  })

  it('[S14] a multiplier deducts N times the base value, up to its cap', () => {
    const target = scheme([
      { ...hundred, rules: [{ id: 'dues', label: '少交党费', mode: 'multiplier', factor: 10, cap: 5 }] },
    ])
    expect(score(target, { self: { a: { deductions: { dues: '0.2' } } } }).final.total).toBe(98)
    expect(score(target, { self: { a: { deductions: { dues: 1 } } } }).final.total).toBe(95)
  })

  it('[S16] occurrences with the same key count once (同一案件同一部门不累计扣分)', () => {
    const target = scheme([
      { ...hundred, rules: [{ id: 'case', label: '案件', mode: 'perOccurrence', points: 2, dedupe: true }] },
    ])
    const occurrences = [{ key: '案件A/组织部' }, { key: '案件A/组织部' }, { key: '案件B/组织部' }, {}]
    expect(score(target, { self: { a: { deductions: { case: occurrences } } } }).final.total).toBe(94)
  })

  it('[S17] a levels item earns its chosen level; no level is missing', () => {
    const target = scheme([
      {
        id: 'l',
        kind: 'levels',
        title: 'l',
        fullPoints: 4,
        levels: [
          { id: 'good', label: '好', points: 4 },
          { id: 'fair', label: '一般', points: 2.5 },
        ],
      },
    ])
    expect(
      score(target, { self: { l: { level: 'fair' } } }).final.modules[0]?.groups[0]?.items[0]?.explanation,
    ).toBe('第1项: 满分4分, 选「一般」档, 得2.5分')
    expect(score(target, { self: { l: {} } }).final).toMatchObject({ total: 0, missing: 1 })
  })

  it('[S19] a non-cumulative bonus counts the best fact once, within its cap and the scheme cap', () => {
    const bonus = {
      id: 'b',
      kind: 'bonus',
      title: '加分',
      cumulative: false,
      facts: [
        { id: 'county', label: '县级表彰', mode: 'once', points: 1 },
        { id: 'city', label: '市级表彰', mode: 'once', points: 2 },
      ],
    }
    const target = scheme([hundred, bonus])
    const sheet = score(target, {
      self: { a: { deductions: { lose: 5 } }, b: { bonuses: { county: true, city: true } } },
    }).final
    expect(sheet).toMatchObject({ total: 97, bonus: 2 })
    expect(sheet.modules[0]?.groups[0]?.items[1]?.explanation).toBe(
      '第2项(加分): 县级表彰加1分, 市级表彰加2分, 不累计, 取最高2分, 加2分',
    )
    const cumulative = scheme(
      [hundred, { ...bonus, cumulative: true, cap: 2.5 }, { ...bonus, id: 'b2', cumulative: true }],
      { bonusCap: 4 },
    )
    expect(
      score(cumulative, {
        self: {
          a: {},
          b: { bonuses: { county: true, city: true } },
          b2: { bonuses: { county: true, city: true } },
        },
      }).final,
    ).toMatchObject({
      total: 104,
      bonus: 4,
    })
  })

  it('[S20] penalty items deduct from the total, which never goes below zero', () => {
    const penalty = {
      id: 'p',
      kind: 'penalty',
      title: '直接扣分',
      rules: [{ id: 'jail', label: '书记违法被移送司法机关', mode: 'once', points: 10 }],
    }
    const small = { id: 'a', kind: 'deduction', title: 'a', fullPoints: 4, rules: [] }
    const target = scheme([small, penalty], {
      grading: {
        rounding: { mode: 'none', decimals: 3 },
        bands: [{ id: 'all', label: 'all', passing: true }],
      },
    })
    const sheet = score(target, { self: { a: {}, p: { deductions: { jail: true } } } }).final
    expect(sheet).toMatchObject({ total: 0, penalty: 10 })
    expect(sheet.explanation).toContain('总分不低于0分')
  })

  it('[S21] a missing scored item earns zero and is counted, never silently', () => {
    const target = scheme([hundred, { ...hundred, id: 'b' }])
    const sheet = score(target, { self: { a: {} } }).final
    expect(sheet).toMatchObject({ total: 100, full: 200, missing: 1 })
    expect(sheet.modules[0]?.groups[0]?.items[1]?.explanation).toBe('第2项: 满分100分, 未作答, 按0分计')
  })
})

describe('not applicable', () => {
  const two = [
    {
      id: 'a',
      kind: 'deduction',
      title: 'a',
      fullPoints: 60,
      rules: [{ id: 'x', label: 'x', mode: 'once', points: 6 }],
    },
    { id: 'b', kind: 'deduction', title: 'b', fullPoints: 40, rules: [] },
  ]
  const answers = { self: { a: { deductions: { x: true } }, b: { notApplicable: true } } }

  it('[S22] exclude-rescale leaves the item out and rescales to the full points', () => {
    const sheet = score(scheme(two), answers).final
    // 54 of an applicable 60 → 90 of 100
    expect(sheet).toMatchObject({ total: 90, applicableFull: 60, full: 100, notApplicable: 1, passed: true })
  })

  it('[S22] award-full and award-zero count the item as full or zero', () => {
    expect(score(scheme(two, { notApplicable: 'award-full' }), answers).final.total).toBe(94)
    expect(score(scheme(two, { notApplicable: 'award-zero' }), answers).final.total).toBe(54)
  })

  it('[S22] rescaling rounds half-up to thousandths', () => {
    const thirds = [
      {
        id: 'a',
        kind: 'deduction',
        title: 'a',
        fullPoints: 3,
        rules: [{ id: 'x', label: 'x', mode: 'once', points: 1 }],
      },
      { id: 'b', kind: 'deduction', title: 'b', fullPoints: 97, rules: [] },
    ]
    // 2 of 3 → 66.666… of 100 → 66.667
    expect(
      score(scheme(thirds), { self: { a: { deductions: { x: true } }, b: { notApplicable: true } } }).final
        .total,
    ).toBe(66.667)
  })
})

describe('bad input', () => {
  it('[S2] [S28] bad answers give coded problems with paths, never a crash or a silent zero', () => {
    const target = scheme([hundred])
    const checked = evaluate(target, { self: { a: { deductions: { lose: 'lots' } } } })
    expect(checked.ok).toBe(false)
    expect(checked.problems).toEqual([
      expect.objectContaining({
        code: 'points.not-a-number',
        path: ['self', 'a', 'deductions', 'lose'],
        severity: 'error',
      }),
    ])
  })

  it('[S2] a hand-built scheme that is invalid is rejected by evaluate too', () => {
    const broken = { ...scheme([hundred]), modules: 'none' } as unknown as Scheme
    const checked = evaluate(broken, {})
    expect(checked.ok).toBe(false)
    expect(checked.problems[0]).toMatchObject({ code: 'scheme.wrong-type', path: ['modules'] })
  })
})
