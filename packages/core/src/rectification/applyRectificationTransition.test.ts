import { describe, expect, it } from 'vitest'
import type { RectificationRow } from './RectificationRow'
import { applyRectificationTransition } from './applyRectificationTransition'

const row: RectificationRow = {
  id: 'rect-1',
  serial: 1,
  source: 'selfCheck',
  category: '制度',
  description: '三会一课记录缺失',
  goal: '补齐记录',
  measures: '每月检查',
  leader: '张书记',
  department: '办公室',
  owner: '李委员',
  deadline: '2026-05-01',
  kind: 'deadline',
  progress: [],
  completion: '',
  evidence: [],
  acceptanceOpinion: '',
  status: 'verified',
}

describe('applyRectificationTransition', () => {
  it('[S147] stamps the 销号 date on close and clears it on reopen', () => {
    const closed = applyRectificationTransition(row, {
      role: 'supervisor',
      to: 'closed',
      isOwnItem: false,
      on: '2026-04-20',
    })
    expect(closed.ok).toBe(true)
    if (!closed.ok) return
    expect(closed.value.row).toMatchObject({ status: 'closed', closedOn: '2026-04-20' })
    expect(closed.value.record).toEqual({
      rowId: 'rect-1',
      from: 'verified',
      to: 'closed',
      role: 'supervisor',
      on: '2026-04-20',
    })

    const reopened = applyRectificationTransition(closed.value.row, {
      role: 'supervisor',
      to: 'reopened',
      isOwnItem: false,
      reason: '复查发现问题反弹',
      on: '2026-06-01',
    })
    expect(reopened.ok).toBe(true)
    if (!reopened.ok) return
    expect(reopened.value.row.status).toBe('reopened')
    expect('closedOn' in reopened.value.row).toBe(false)
    expect(reopened.value.record.reason).toBe('复查发现问题反弹')
  })

  it('[S143] returns the refusal unchanged when the check fails', () => {
    const result = applyRectificationTransition(row, {
      role: 'supervisor',
      to: 'reopened',
      isOwnItem: false,
      on: '2026-04-20',
    })
    expect(result.ok ? 'ok' : result.error.code).toBe('RECTIFICATION_REASON_REQUIRED')
  })
})
