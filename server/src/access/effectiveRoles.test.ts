import { describe, expect, it } from 'vitest'
import type { UnitRecord } from '../storage/UnitRepo'
import { effectiveRoles } from './effectiveRoles'

const units: UnitRecord[] = [
  { id: 'root', name: '工委', kind: 'organisation', parentId: null, createdAt: '' },
  { id: 'committee', name: '机关党委', kind: 'committee', parentId: 'root', createdAt: '' },
  { id: 'branch-a', name: '一支部', kind: 'branch', parentId: 'committee', createdAt: '' },
  { id: 'branch-b', name: '二支部', kind: 'branch', parentId: 'committee', createdAt: '' },
]

describe('effectiveRoles', () => {
  it('inherits a grant down the tree and not up or sideways', () => {
    const roles = effectiveRoles(
      units,
      [{ unitId: 'branch-a', userId: 'u', role: 'editor', grantedAt: '' }],
      false,
    )
    expect([...roles]).toEqual([['branch-a', 'editor']])
  })

  it('takes the highest grant on the unit or an ancestor', () => {
    const roles = effectiveRoles(
      units,
      [
        { unitId: 'committee', userId: 'u', role: 'supervisor', grantedAt: '' },
        { unitId: 'branch-a', userId: 'u', role: 'member', grantedAt: '' },
        { unitId: 'branch-b', userId: 'u', role: 'editor', grantedAt: '' },
      ],
      false,
    )
    expect(roles.get('root')).toBeUndefined()
    expect(roles.get('branch-a')).toBe('supervisor')
    expect(roles.get('branch-b')).toBe('editor')
  })

  it('makes a global admin admin on every unit', () => {
    expect([...effectiveRoles(units, [], true).values()]).toEqual(['admin', 'admin', 'admin', 'admin'])
  })

  it('stops on a cycle in a corrupt tree', () => {
    const cyclic: UnitRecord[] = [
      { id: 'x', name: 'x', kind: 'group', parentId: 'y', createdAt: '' },
      { id: 'y', name: 'y', kind: 'group', parentId: 'x', createdAt: '' },
    ]
    expect(
      effectiveRoles(cyclic, [{ unitId: 'y', userId: 'u', role: 'member', grantedAt: '' }], false).get('x'),
    ).toBe('member')
  })
})
