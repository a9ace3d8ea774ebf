import { describe, expect, it } from 'vitest'
import { documentStrings } from './documentStrings'

describe('document page strings', () => {
  it('has an English text for every zh-CN key, and nothing English-only', () => {
    expect(Object.keys(documentStrings.en).sort()).toEqual(Object.keys(documentStrings['zh-CN']).sort())
  })
})
