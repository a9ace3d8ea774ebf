import { describe, expect, it } from 'vitest'
import { documentStrings } from './documentStrings'
import { syncStatusText } from './syncStatusText'

const zh = (key: string, vars?: Record<string, string | number>): string =>
  (documentStrings['zh-CN'][key] ?? key).replace(/\{(\w+)\}/g, (_whole, name: string) => String(vars?.[name]))

describe('syncStatusText', () => {
  it('uses the four words users know', () => {
    expect(syncStatusText({ kind: 'synced' }, zh)).toBe('已同步')
    expect(syncStatusText({ kind: 'saved' }, zh)).toBe('已保存到服务器')
    expect(syncStatusText({ kind: 'pending', pending: 3 }, zh)).toBe('3 处修改待同步')
    expect(syncStatusText({ kind: 'offline', since: new Date('2026-11-23T06:05:00Z'), pending: 0 }, zh)).toBe(
      '离线（自 14:05 起）',
    )
  })

  it('keeps the pending count visible while offline', () => {
    expect(syncStatusText({ kind: 'offline', since: new Date('2026-11-23T06:05:00Z'), pending: 2 }, zh)).toBe(
      '离线（自 14:05 起）· 2 处修改待同步',
    )
  })
})
