import { describe, expect, it } from 'vitest'
import { canAdminister } from './canAdminister'
import { canCastBallot } from './canCastBallot'
import { canComment } from './canComment'
import { canEditContent } from './canEditContent'
import { canInspect } from './canInspect'
import { canRead } from './canRead'
import { canSignOff } from './canSignOff'
import { canTransition } from './canTransition'
import { canViewBallotTally } from './canViewBallotTally'
import { isRole } from './isRole'
import { roles } from './roles'

const allowed = (check: (role: (typeof roles)[number]) => boolean): string[] => roles.filter(check)

describe('role capabilities', () => {
  it('[S130][S132] lets every role read and comment', () => {
    expect(allowed(canRead)).toEqual([...roles])
    expect(allowed(canComment)).toEqual([...roles])
  })

  it('[S131] keeps content editing to editors and admins', () => {
    expect(allowed(canEditContent)).toEqual(['editor', 'admin'])
  })

  it('[S133][S134] gives inspector scoring and signatures to certifiers and admins', () => {
    expect(allowed(canInspect)).toEqual(['certifier', 'admin'])
    expect(allowed(canSignOff)).toEqual(['certifier', 'admin'])
  })

  it('[S135][S136] lets the branch vote and only the committee and admins see tallies', () => {
    expect(allowed(canCastBallot)).toEqual(['member', 'editor'])
    expect(allowed(canViewBallotTally)).toEqual(['editor', 'admin'])
  })

  it('[S137] keeps administration to admins', () => {
    expect(allowed(canAdminister)).toEqual(['admin'])
  })

  it('[S141] answers transition capability from the workflow table', () => {
    expect(allowed((role) => canTransition(role, 'submitted', 'closed'))).toEqual(['supervisor', 'admin'])
    expect(allowed((role) => canTransition(role, 'open', 'in_progress'))).toEqual(['editor', 'admin'])
    expect(allowed((role) => canTransition(role, 'open', 'closed'))).toEqual([])
  })

  it('recognises role names and nothing else', () => {
    expect(isRole('certifier')).toBe(true)
    expect(isRole('Admin')).toBe(false)
    expect(isRole(undefined)).toBe(false)
  })
})
