import { describe, expect, it } from 'vitest'
import { userColor } from './userColor'

describe('userColor', () => {
  it('gives each user id one stable hex colour', () => {
    const ids = Array.from({ length: 200 }, (_, index) => `user-${index}`)
    for (const id of ids) {
      expect(userColor(id)).toMatch(/^#[0-9a-f]{6}$/)
      expect(userColor(id)).toBe(userColor(id))
    }
    expect(new Set(ids.map(userColor)).size).toBeGreaterThan(50)
  })
})
