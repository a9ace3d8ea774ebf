import { describe, expect, it } from 'vitest'
import { describeCohortRule } from './describeCohortRule'

describe('cohort rules in words', () => {
  it('says 前10%为一级 with the rest, caps and soft quotas, with exact shares', () => {
    const share = (numerator: number, denominator: number) => ({ numerator, denominator })
    expect(
      describeCohortRule(
        { kind: 'topShare', share: share(1, 10), of: 'passing', grade: '一级', otherwise: '二级' },
        'zh-CN',
      ),
    ).toBe('达标单位前10%为一级，其余为二级')
    expect(
      describeCohortRule(
        { kind: 'cap', share: share(1, 3), of: 'all', grade: '优秀', demoteTo: '合格' },
        'zh-CN',
      ),
    ).toBe('优秀不超过全部单位的1/3，超出部分降为合格')
    expect(describeCohortRule({ kind: 'quota', share: share(1, 8), of: 'all', grade: '五星' }, 'zh-CN')).toBe(
      '五星约占全部单位的12.5%（仅提示）',
    )
    expect(
      describeCohortRule({ kind: 'topShare', share: share(1, 10), of: 'passing', grade: '一级' }, 'en'),
    ).toBe('Top 10% of passing units are 一级')
    expect(describeCohortRule({ kind: 'text', text: '自定义规则' }, 'en')).toBe('自定义规则')
  })
})
