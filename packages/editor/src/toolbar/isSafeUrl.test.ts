import { describe, expect, it } from 'vitest'
import { isSafeUrl } from './isSafeUrl'

describe('isSafeUrl', () => {
  it('accepts http and https for links and images', () => {
    expect(isSafeUrl('https://www.12371.cn/', 'link')).toBe(true)
    expect(isSafeUrl(' http://intranet.example/a.png ', 'image')).toBe(true)
  })

  it('accepts mailto for links only', () => {
    expect(isSafeUrl('mailto:dangban@example.org', 'link')).toBe(true)
    expect(isSafeUrl('mailto:dangban@example.org', 'image')).toBe(false)
  })

  it('refuses script, data and relative URLs', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', '/relative', 'not a url']) {
      expect(isSafeUrl(url, 'link')).toBe(false)
    }
  })
})
