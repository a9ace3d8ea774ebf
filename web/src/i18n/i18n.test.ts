import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { allMessages } from './allMessages'
import { formatDate } from './formatDate'
import { formatPersonName } from './formatPersonName'
import { languageStore } from './languageStore'
import { translate } from './translate'

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
})
afterEach(() => localStorage.clear())

describe('i18n', () => {
  it('speaks Chinese by default', () => {
    expect(languageStore.get()).toBe('zh-CN')
    expect(translate(languageStore.get(), 'login.submit')).toBe('登录')
  })

  it('switches to English and remembers the choice in localStorage', () => {
    languageStore.set('en')
    expect(localStorage.getItem('zhibu.lang')).toBe('en')
    expect(translate(languageStore.get(), 'login.submit')).toBe('Sign in')
    languageStore.set('zh-CN')
    localStorage.setItem('zhibu.lang', 'en')
    languageStore.reload()
    expect(languageStore.get()).toBe('en')
  })

  it('notifies subscribers when the language changes', () => {
    const seen: string[] = []
    const unsubscribe = languageStore.subscribe(() => seen.push(languageStore.get()))
    languageStore.set('en')
    unsubscribe()
    languageStore.set('zh-CN')
    expect(seen).toEqual(['en'])
  })

  it('fills placeholders and shows unknown keys as themselves', () => {
    expect(translate('zh-CN', 'outbox.pending', { count: 3 })).toBe('3 项操作待同步')
    expect(translate('en', 'outbox.pending', { count: 3 })).toBe('3 actions waiting to sync')
    expect(translate('en', 'no.such.key')).toBe('no.such.key')
  })

  it('has the same keys in Chinese and English', () => {
    expect(Object.keys(allMessages.en).sort()).toEqual(Object.keys(allMessages['zh-CN']).sort())
    expect(Object.keys(allMessages['zh-CN'])).toContain('login.title')
  })

  it('formats dates in Beijing time the Chinese way', () => {
    // 06:05 UTC is 14:05 in Asia/Shanghai, whatever time zone the test machine is in.
    const instant = '2026-11-23T06:05:00Z'
    expect(formatDate(instant, 'date', 'zh-CN')).toBe('2026年11月23日')
    expect(formatDate(instant, 'dateTime', 'zh-CN')).toBe('11月23日 14:05')
    expect(formatDate(instant, 'full', 'zh-CN')).toBe('2026年11月23日 14:05')
    expect(formatDate('2026-11-23T17:00:00Z', 'date', 'zh-CN')).toBe('2026年11月24日')
    expect(formatDate(instant, 'date', 'en')).toBe('23 November 2026')
    expect(formatDate('not a date', 'date', 'zh-CN')).toBe('')
  })

  it('shows names exactly as given, family name first', () => {
    expect(formatPersonName(' 欧阳娜娜 ')).toBe('欧阳娜娜')
    expect(formatPersonName('Li Ming')).toBe('Li Ming')
  })
})
