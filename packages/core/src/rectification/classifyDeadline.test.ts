import { describe, expect, it } from 'vitest'
import { classifyDeadline } from './classifyDeadline'
import { isOverdue } from './isOverdue'
import { rectificationDeadlineBucket } from './rectificationDeadlineBucket'

describe('classifyDeadline', () => {
  const today = '2026-03-10'

  it('[S144] counts the deadline day as in time and the next day as overdue', () => {
    expect(classifyDeadline({ deadline: '2026-03-10', done: false }, today)).toBe('within10')
    expect(classifyDeadline({ deadline: '2026-03-09', done: false }, today)).toBe('overdue')
  })

  it('[S144] splits open items at 10 and 20 days left', () => {
    expect(classifyDeadline({ deadline: '2026-03-20', done: false }, today)).toBe('within10')
    expect(classifyDeadline({ deadline: '2026-03-21', done: false }, today)).toBe('within20')
    expect(classifyDeadline({ deadline: '2026-03-30', done: false }, today)).toBe('within20')
    expect(classifyDeadline({ deadline: '2026-03-31', done: false }, today)).toBe('later')
  })

  it('[S144] counts days across month ends and leap days', () => {
    expect(classifyDeadline({ deadline: '2028-03-01', done: false }, '2028-02-20')).toBe('within10')
    expect(classifyDeadline({ deadline: '2028-03-11', done: false }, '2028-02-20')).toBe('within20')
    expect(classifyDeadline({ deadline: '2027-01-05', done: false }, '2026-12-31')).toBe('within10')
  })

  it('[S144] reports missing and malformed deadlines instead of guessing', () => {
    expect(classifyDeadline({ done: false }, today)).toBe('noDeadline')
    expect(classifyDeadline({ deadline: '2026-02-30', done: false }, today)).toBe('invalidDeadline')
    expect(() => classifyDeadline({ done: false }, '10/03/2026')).toThrow(/today/)
  })

  it('[S145] puts verified and closed items in the closed bucket even past their deadline', () => {
    expect(rectificationDeadlineBucket({ status: 'closed', deadline: '2025-01-01' }, today)).toBe('closed')
    expect(rectificationDeadlineBucket({ status: 'verified', deadline: '2025-01-01' }, today)).toBe('closed')
    expect(isOverdue({ status: 'verified', deadline: '2025-01-01' }, today)).toBe(false)
  })

  it('[S145] still counts a submitted item as overdue once its deadline passes', () => {
    expect(isOverdue({ status: 'submitted', deadline: '2026-03-01' }, today)).toBe(true)
    expect(isOverdue({ status: 'reopened', deadline: '2026-03-11' }, today)).toBe(false)
  })
})
