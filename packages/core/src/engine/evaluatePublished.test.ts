import { describe, expect, it } from 'vitest'
import type { Answers } from '../scheme/Answers'
import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import type { Scheme } from '../scheme/Scheme'
import type { Evaluation } from './Evaluation'
import type { ItemScore } from './ItemScore'
import type { ScoreSheet } from './ScoreSheet'
import { evaluate } from './evaluate'

function builtIn(id: string): Scheme {
  const scheme = getBuiltInScheme(id)
  if (scheme === undefined) throw new Error(`${id} is built in`)
  return scheme
}

function score(scheme: Scheme, answers: Answers): Evaluation {
  const checked = evaluate(scheme, answers)
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems))
  return checked.value
}

function item(sheet: ScoreSheet | null, id: string): ItemScore {
  for (const module of sheet?.modules ?? [])
    for (const group of module.groups) for (const entry of group.items) if (entry.id === id) return entry
  throw new Error(`no item ${id}`)
}

/** Every item of the scheme answered with "nothing to report", then the given answers on top. */
function allAnswered(scheme: Scheme, answers: Answers['self'] = {}): NonNullable<Answers['self']> {
  const base: Record<string, object> = {}
  for (const module of scheme.modules)
    for (const group of module.groups) for (const entry of group.items) base[entry.id] = {}
  return { ...base, ...answers }
}

describe('T3 创建标准化党支部(百分制) — hand-computed', () => {
  const t3 = builtIn('t3-chuangjian-biaozhunhua-dangzhibu')

  it('[S26] item 1 reads like the scoring sheet: 满分2分, 未设书记扣1分, 委员超员扣0.5分, 得0.5分', () => {
    const result = score(t3, {
      self: { 't3.banzi.1': { deductions: { 'no-secretary': true, 'too-many-members': true } } },
    })
    const first = item(result.final, 't3.banzi.1')
    expect(first.earned).toBe(0.5)
    expect(first.explanation).toBe('第1项: 满分2分, 未设书记扣1分, 委员超过规定人数扣0.5分, 得0.5分')
    expect(first.deductions).toEqual([
      { id: 'no-secretary', label: '未设书记', count: 1, points: 1 },
      { id: 'too-many-members', label: '委员超过规定人数', count: 1, points: 0.5 },
    ])
  })

  it('[S10] [S15] [S25] scores the whole target with floors, forfeits and the inspector column final per item', () => {
    const self = allAnswered(t3, {
      't3.banzi.1': { deductions: { 'no-secretary': true, 'too-many-members': true } },
      't3.banzi.3': { deductions: { general: true } },
      't3.banzi.7': { deductions: { complaints: true, disunity: true } },
      't3.banzi.8': { deductions: { violation: true } },
    })
    const result = score(t3, { self, inspector: { 't3.banzi.1': { deductions: { 'no-secretary': true } } } })
    // self: 0.5 + 2 + 1.5 + 2 + 2 + 2 + 0 (3 > 2, 扣完为止) + 0 (不得分) = 10
    expect(result.self.total).toBe(10)
    // inspector alone answered item 1 only: 1 point, 7 items missing
    expect(result.inspector?.total).toBe(1)
    expect(result.inspector?.missing).toBe(7)
    // final: the inspector's item 1 (1 point) replaces the self answer (0.5)
    expect(result.final.total).toBe(10.5)
    expect(result.final.full).toBe(16)
    expect(item(result.final, 't3.banzi.1').source).toBe('inspector')
    expect(item(result.final, 't3.banzi.2').source).toBe('self')
    expect(item(result.final, 't3.banzi.7').explanation).toBe(
      '第7项: 满分2分, 群众有意见扣1分, 班子不团结、群众意见大扣2分, 扣分合计3分, 扣完为止, 得0分',
    )
    expect(item(result.final, 't3.banzi.8').explanation).toBe(
      '第8项: 满分2分, 班子成员中有违规违纪, 不得分, 得0分',
    )
    expect(result.final.modules[0]?.groups.map((group) => [group.earned, group.full])).toEqual([
      [3, 4],
      [3.5, 4],
      [4, 8],
    ])
  })
})

describe('T15 支部党员大会 — hand-computed per-occurrence deductions', () => {
  const t15 = builtIn('t15-zhibu-dangyuan-dahui')

  it('[S12] [S16] counts 每次 and 每人次 and floors each item at zero', () => {
    const self = allAnswered(t15, {
      't15.1': { deductions: { 'no-consultation': 2 } },
      't15.2': { deductions: { 'off-topic': 1 } },
      't15.4': { deductions: { 'late-notice': 3 } },
      't15.5': { deductions: { 'late-materials': [{ key: '张三' }, { key: '李四' }] } },
      't15.8': { deductions: { 'no-deliberation': '1' } },
    })
    const result = score(t15, { self })
    // 1 + 3 + 3 + 0 + 0 + 2 + 3 + 2 = 14 of 22
    expect(result.final.total).toBe(14)
    expect(result.final.full).toBe(22)
    expect(item(result.final, 't15.4').explanation).toBe(
      '第4项: 满分2分, 未按规定时间通知3次, 每次扣1分, 共扣3分, 扣分合计3分, 扣完为止, 得0分',
    )
    expect(item(result.final, 't15.1').earned).toBe(1)
  })
})

describe('T9 2011年度党总支部量化评分表 — hand-computed, declared subtotal kept as a warning', () => {
  const t9 = builtIn('t9-2011-dangzongzhi-lianghua')

  it('[S6] [S13] scores by the items (item 3 adds up to 26, not the declared 20) and reads 酌情 amounts', () => {
    const self = allAnswered(t9, {
      't9.1': { deductions: { disunity: 2 } },
      't9.2': { deductions: { 'no-plan': true } },
      't9.3.9': { deductions: { weak: '1.5' } },
      't9.7': { deductions: { 'missing-lesson': 3 } },
    })
    const result = score(t9, { self })
    expect(result.final.full).toBe(62)
    // 62 − 2 − 1.5 − 1.5 − 3 × 0.5 = 55.5
    expect(result.final.total).toBe(55.5)
    expect(result.final.modules[0]?.groups[1]?.full).toBe(26)
    expect(result.problems.map((problem) => problem.code)).toEqual(['scheme.declared-subtotal-mismatch'])
  })
})

describe('T7 党建工作质量管理体系考核表 — vetoes and locks as published', () => {
  const t7 = builtIn('t7-djgz-zhiliang-guanli-zhibu')
  const allTicked = { topic: true, 'pre-talk': true, discussion: true, resolution: true, implement: true }
  const base = allAnswered(t7, {
    't7.3': { checked: allTicked, deductions: { 'sanzhong-yida': 1 } },
    't7.5': { checked: { topic: true, resolution: true, minutes: true, implement: true } },
  })

  it('[S18] tick-box criteria add up, cap at the item, then lose deductions', () => {
    const result = score(t7, { self: base })
    expect(item(result.final, 't7.3').earned).toBe(2)
    expect(item(result.final, 't7.5').earned).toBe(3)
    expect(item(result.final, 't7.5').explanation).toContain('(以满分为限)')
    // 5 + 6 + 5 + 2 + 10 + 3 + 5 = 36 → 一类 (example bands)
    expect(result.final.total).toBe(36)
    expect(result.final.grade.id).toBe('class1')
  })

  it('[S9] 完不成生产经营指标: 当年不能列为一类 whatever the total', () => {
    const result = score(t7, { self: { ...base, 't7.veto.production': { triggered: true } } })
    expect(result.final.total).toBe(36)
    expect(result.final.bandGrade.id).toBe('class1')
    expect(result.final.grade.id).toBe('class2')
    expect(result.final.passed).toBe(true)
    expect(result.final.explanation).toContain(
      '「完不成当年生产经营指标或出现较大的安全生产事故」: 不能高于「二类支部」, 降为「二类支部」',
    )
  })

  it('[S9] 班子成员违法违纪: 当年支部定为三类', () => {
    const result = score(t7, { self: { ...base, 't7.veto.violation': { triggered: true } } })
    expect(result.final.grade.id).toBe('class3')
    expect(result.final.passed).toBe(false)
    expect(result.final.vetoes.map((veto) => veto.itemId)).toEqual(['t7.veto.violation'])
  })
})

describe('T2 先进单位考评细则 — a module of deductions', () => {
  it('[S10] ten 扣1分 deductions take the whole module and no more', () => {
    const t2 = builtIn('t2-jingmen-xianjin-danwei')
    const rules = [
      'no-plan',
      'no-study',
      'no-yanan',
      'no-reading',
      'no-contest',
      'hours',
      'monthly',
      'no-quiz',
      'no-ethics',
      'ideology',
    ]
    const result = score(t2, {
      self: {
        't2.xuexi.item': { deductions: Object.fromEntries(rules.map((rule) => [rule, true])) },
        't2.zuzhi.item': { deductions: { 'no-election': true, dues: true } },
      },
    })
    expect(item(result.final, 't2.xuexi.item').earned).toBe(0)
    expect(item(result.final, 't2.zuzhi.item').earned).toBe(10)
    expect(result.final.total).toBe(10)
  })
})
