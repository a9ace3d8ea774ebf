import { describe, expect, it } from 'vitest'
import { placeholder } from './placeholder'
describe('workspace', () => {
  it('runs tests', () => {
    expect(placeholder).toBe(1)
  })
})
