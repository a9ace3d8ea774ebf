import { describe, expect, it } from 'vitest'
import type { DocumentEntry } from '../storage/DocumentEntry'
import type { UnitRecord } from '../storage/UnitRecord'
import { canEditDocuments } from './canEditDocuments'
import { groupDocumentsByKind } from './groupDocumentsByKind'
import { resolveEffectiveRoles } from './resolveEffectiveRoles'

function doc(id: string, kind: string, createdAt: string): DocumentEntry {
  return {
    ...{ id, unitId: 'b', templateId: 't', title: id, kind, createdAt, updatedAt: createdAt },
    ...{ pending: false, syncError: null, offline: false },
  }
}

describe('workspace shell rules', () => {
  it('groups documents in the fixed kind order, newest first, with unknown kinds last', () => {
    const sections = groupDocumentsByKind([
      doc('stars', 'starRating', '2026-03-01'),
      doc('old-minutes', 'minutes', '2026-01-01'),
      doc('ledger', 'rectification', '2026-02-01'),
      doc('future', 'budget', '2026-02-01'),
      doc('new-minutes', 'minutes', '2026-11-01'),
      doc('cert', 'certification', '2026-04-01'),
    ])
    expect(
      sections.map((section) => [section.key, section.documents.map((document) => document.id)]),
    ).toEqual([
      ['minutes', ['new-minutes', 'old-minutes']],
      ['rectification', ['ledger']],
      ['certification', ['cert', 'stars']],
      ['other', ['future']],
    ])
  })

  it('inherits a role from the nearest unit above that has one', () => {
    const units: UnitRecord[] = [
      { id: 'org', name: '工委', kind: 'organisation', parentId: null, role: 'supervisor' },
      { id: 'branch', name: '第一支部', kind: 'branch', parentId: 'org', role: null },
      { id: 'group', name: '第一小组', kind: 'group', parentId: 'branch', role: null },
      { id: 'own', name: '第二支部', kind: 'branch', parentId: 'org', role: 'editor' },
      { id: 'orphan', name: '孤立', kind: 'branch', parentId: 'missing', role: null },
    ]
    const roles = resolveEffectiveRoles(units)
    expect(Object.fromEntries(roles)).toEqual({
      org: 'supervisor',
      branch: 'supervisor',
      group: 'supervisor',
      own: 'editor',
      orphan: null,
    })
  })

  it('offers editing and creation only to editors and admins', () => {
    expect(
      ['member', 'editor', 'supervisor', 'certifier', 'admin', null].map((role) =>
        canEditDocuments(role as never),
      ),
    ).toEqual([false, true, false, false, true, false])
  })
})
