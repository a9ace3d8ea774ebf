import { describe, expect, it } from 'vitest'
import { userColor } from './userColor'

describe('userColor', () => {
  it('gives the same user the same colour every time', () => {
    expect(userColor('user-zhangwei')).toBe(userColor('user-zhangwei'))
  })

  it('returns a #rrggbb colour that CollaborationCaret accepts', () => {
    for (const id of ['a', 'zhangwei', '李娜', 'u_0123456789']) {
      expect(userColor(id)).toMatch(/^#[0-9a-f]{6}$/)
    }
  })

  it('spreads different users over different colours', () => {
    const colours = new Set(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8'].map(userColor))
    expect(colours.size).toBeGreaterThan(5)
  })
})
