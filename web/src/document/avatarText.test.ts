import { describe, expect, it } from 'vitest'
import { avatarText } from './avatarText'

describe('avatarText', () => {
  it('shows a Chinese name without the bracketed role', () => {
    expect(avatarText('张伟（第一支部书记）')).toBe('张伟')
    expect(avatarText('欧阳明月')).toBe('明月')
  })

  it('shows the initials of a Latin name', () => {
    expect(avatarText('Li Na (member)')).toBe('LN')
    expect(avatarText('admin')).toBe('A')
  })

  it('shows what is inside the bracket when the name is only a bracket', () => {
    expect(avatarText('（督办）')).toBe('督办')
  })
})
