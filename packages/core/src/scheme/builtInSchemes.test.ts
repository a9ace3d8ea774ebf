import { describe, expect, it } from 'vitest'
import { builtInSchemes } from './builtInSchemes'
import { getBuiltInScheme } from './getBuiltInScheme'
import { itemFullMillis } from './itemFullMillis'
import { validateScheme } from './validateScheme'

const itemsOf = (id: string) => {
  const scheme = getBuiltInScheme(id)
  if (scheme === undefined) throw new Error(`${id} is built in`)
  return { scheme, items: scheme.modules.flatMap((module) => module.groups.flatMap((group) => group.items)) }
}

describe('built-in schemes', () => {
  it.each(builtInSchemes.map((scheme) => [scheme.id, scheme] as const))(
    '[S35] %s validates with no errors',
    (_id, scheme) => {
      const checked = validateScheme(scheme)
      expect(checked.ok).toBe(true)
      expect(checked.problems.filter((problem) => problem.severity === 'error')).toEqual([])
    },
  )

  it('[S35] every scheme names its source, and schemes with invented items say so per item', () => {
    for (const scheme of builtInSchemes) {
      expect(scheme.source.label.length).toBeGreaterThan(0)
      const items = scheme.modules.flatMap((module) => module.groups.flatMap((group) => group.items))
      if (scheme.source.kind === 'published')
        expect(items.filter((item) => item.example === true)).toEqual([])
      else expect(items.some((item) => item.example === true)).toBe(true)
    }
  })

  it('[S35] ids are unique and lookup by id works', () => {
    const ids = builtInSchemes.map((scheme) => scheme.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(getBuiltInScheme('t3-chuangjian-biaozhunhua-dangzhibu')?.title).toContain('创建标准化党支部')
    expect(getBuiltInScheme('missing')).toBeUndefined()
  })

  it('[S35] the Tiantai-style form has five basic elements, 22 standards, 26 points, 百分制 and three entry vetoes', () => {
    const { scheme, items } = itemsOf('tiantai-biaozhunhua-renzheng')
    const elements = scheme.modules.filter((module) =>
      module.groups.some((group) => group.items.some((item) => itemFullMillis(item) > 0)),
    )
    expect(elements.map((module) => module.title)).toEqual([
      '基本组织',
      '基本队伍',
      '基本制度',
      '基本阵地',
      '基本保障',
    ])
    expect(elements.flatMap((module) => module.groups)).toHaveLength(22)
    expect(items.filter((item) => itemFullMillis(item) > 0)).toHaveLength(26)
    expect(items.reduce((sum, item) => sum + itemFullMillis(item), 0)).toBe(100_000)
    expect(
      items.filter((item) => item.kind === 'veto' && item.stage === 'entry' && item.effect.kind === 'fail'),
    ).toHaveLength(3)
    expect(scheme.cohort).toEqual([
      expect.objectContaining({
        kind: 'topShare',
        share: { numerator: 1, denominator: 10 },
        of: 'passing',
        grade: '一级',
        otherwise: '二级',
      }),
    ])
  })

  it('[S35] the Ganyu-style rating has six modules, 37 indicators of 2–6 points and five star bands', () => {
    const { scheme, items } = itemsOf('ganyu-xingji-pingding')
    expect(scheme.modules).toHaveLength(6)
    const indicators = items.filter((item) => itemFullMillis(item) > 0)
    expect(indicators).toHaveLength(37)
    for (const indicator of indicators) {
      expect(itemFullMillis(indicator)).toBeGreaterThanOrEqual(2000)
      expect(itemFullMillis(indicator)).toBeLessThanOrEqual(6000)
    }
    expect(scheme.grading.bands.map((band) => band.label)).toEqual([
      '一星级',
      '二星级',
      '三星级',
      '四星级',
      '五星级',
    ])
  })

  it('[S6] published tables keep their declared subtotals and warn where the source disagrees with itself', () => {
    const warnings = (id: string) =>
      validateScheme(itemsOf(id).scheme).problems.map(
        (problem) => `${problem.code}@${problem.path.join('.')}`,
      )
    expect(warnings('t9-2011-dangzongzhi-lianghua')).toEqual([
      'scheme.declared-subtotal-mismatch@modules.0.groups.1.declaredPoints',
    ])
    expect(warnings('t3-chuangjian-biaozhunhua-dangzhibu')).toEqual([
      'scheme.declared-total-mismatch@declaredTotal',
    ])
    expect(warnings('t7-djgz-zhiliang-guanli-zhibu')).toEqual([
      'scheme.criteria-sum-mismatch@modules.1.groups.0.items.3.criteria',
      'scheme.criteria-sum-mismatch@modules.1.groups.0.items.6.criteria',
    ])
  })
})
