import { describe, expect, it } from 'vitest'
import { rectificationStatuses } from './rectificationStatuses'
import { rectificationTransitions } from './rectificationTransitions'
import { checkRectificationTransition } from './checkRectificationTransition'
import type { Role } from '../roles/Role'

const codeOf = (check: ReturnType<typeof checkRectificationTransition>): string =>
  check.ok ? 'ok' : check.error.code

describe('checkRectificationTransition', () => {
  it('[S140] lets an editor move their own item forward and submit it', () => {
    expect(
      codeOf(
        checkRectificationTransition({ role: 'editor', from: 'open', to: 'in_progress', isOwnItem: true }),
      ),
    ).toBe('ok')
    expect(
      codeOf(
        checkRectificationTransition({
          role: 'editor',
          from: 'in_progress',
          to: 'submitted',
          isOwnItem: true,
        }),
      ),
    ).toBe('ok')
    expect(
      codeOf(
        checkRectificationTransition({
          role: 'editor',
          from: 'reopened',
          to: 'in_progress',
          isOwnItem: true,
        }),
      ),
    ).toBe('ok')
  })

  it('[S140] refuses moves that are not in the workflow, such as closing an open item', () => {
    expect(
      codeOf(checkRectificationTransition({ role: 'admin', from: 'open', to: 'closed', isOwnItem: true })),
    ).toBe('RECTIFICATION_TRANSITION_UNKNOWN')
    expect(
      codeOf(checkRectificationTransition({ role: 'admin', from: 'closed', to: 'closed', isOwnItem: true })),
    ).toBe('RECTIFICATION_TRANSITION_UNKNOWN')
  })

  it('[S140] never lets an editor verify, close or reopen', () => {
    for (const to of ['verified', 'closed', 'reopened'] as const) {
      const check = checkRectificationTransition({
        role: 'editor',
        from: 'submitted',
        to,
        isOwnItem: true,
        reason: 'x',
      })
      expect(codeOf(check)).toBe('RECTIFICATION_ROLE_FORBIDDEN')
    }
  })

  it('[S140] lets a supervisor verify, close (销号) and reopen but not do the branch’s work', () => {
    expect(
      codeOf(
        checkRectificationTransition({
          role: 'supervisor',
          from: 'submitted',
          to: 'verified',
          isOwnItem: false,
        }),
      ),
    ).toBe('ok')
    expect(
      codeOf(
        checkRectificationTransition({
          role: 'supervisor',
          from: 'verified',
          to: 'closed',
          isOwnItem: false,
        }),
      ),
    ).toBe('ok')
    expect(
      codeOf(
        checkRectificationTransition({
          role: 'supervisor',
          from: 'open',
          to: 'in_progress',
          isOwnItem: true,
        }),
      ),
    ).toBe('RECTIFICATION_ROLE_FORBIDDEN')
  })

  it('[S141] gives members and certifiers no transition at all', () => {
    for (const role of ['member', 'certifier'] as const satisfies readonly Role[]) {
      for (const rule of rectificationTransitions) {
        const check = checkRectificationTransition({
          role,
          from: rule.from,
          to: rule.to,
          isOwnItem: true,
          reason: 'r',
        })
        expect(codeOf(check)).toBe('RECTIFICATION_ROLE_FORBIDDEN')
      }
    }
  })

  it('[S141] lets an admin make every move in the table, own item or not', () => {
    for (const rule of rectificationTransitions) {
      const check = checkRectificationTransition({
        role: 'admin',
        from: rule.from,
        to: rule.to,
        isOwnItem: false,
        reason: 'r',
      })
      expect(codeOf(check)).toBe('ok')
    }
  })

  it('[S142] refuses an editor acting on an item that is not their own', () => {
    expect(
      codeOf(
        checkRectificationTransition({ role: 'editor', from: 'open', to: 'submitted', isOwnItem: false }),
      ),
    ).toBe('RECTIFICATION_NOT_OWN_ITEM')
  })

  it('[S143] requires a non-blank reason to reopen, even from an admin', () => {
    for (const reason of [undefined, '', '   ']) {
      const check = checkRectificationTransition({
        role: 'admin',
        from: 'closed',
        to: 'reopened',
        isOwnItem: true,
        ...(reason === undefined ? {} : { reason }),
      })
      expect(codeOf(check)).toBe('RECTIFICATION_REASON_REQUIRED')
    }
    const withReason = checkRectificationTransition({
      role: 'supervisor',
      from: 'submitted',
      to: 'reopened',
      isOwnItem: false,
      reason: '佐证材料不全',
    })
    expect(codeOf(withReason)).toBe('ok')
  })

  it('[S140] leaves no status a dead end except closed, which only a reopen leaves', () => {
    for (const status of rectificationStatuses) {
      const exits = rectificationTransitions.filter((rule) => rule.from === status).map((rule) => rule.to)
      if (status === 'closed') expect(exits).toEqual(['reopened'])
      else expect(exits.length).toBeGreaterThan(0)
    }
  })
})
