import { describe, expect, it } from 'vitest'
import { presentUsers } from './presentUsers'

describe('presentUsers', () => {
  it('lists each user once, however many tabs they have open', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { id: 'u-zhang', name: '张伟', color: '#aa3300' } }],
      [2, { user: { id: 'u-zhang', name: '张伟', color: '#aa3300' } }],
      [3, { user: { id: 'u-li', name: '李娜', color: '#0033aa' } }],
    ])
    expect(
      presentUsers(states)
        .map((user) => user.id)
        .sort(),
    ).toEqual(['u-li', 'u-zhang'])
  })

  it('skips states without a stamped user and replaces colours that are not #rrggbb', () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, {}],
      [2, { user: { name: 'no id' } }],
      [3, { user: { id: 'u-x', name: '王芳', color: 'red;background:url(x)' } }],
    ])
    expect(presentUsers(states)).toEqual([{ id: 'u-x', name: '王芳', color: '#8c8c8c' }])
  })
})
