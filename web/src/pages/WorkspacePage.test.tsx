import { act } from 'react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiClient } from '../api/ApiClient'
import { languageStore } from '../i18n/languageStore'
import type { DocumentEntry } from '../storage/DocumentEntry'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { UnitRecord } from '../storage/UnitRecord'
import { createPageHarness } from '../testing/createPageHarness'
import { WorkspacePage } from './WorkspacePage'

const units: UnitRecord[] = [
  { id: 'org', name: '机关党委', kind: 'organisation', parentId: null, role: null },
  { id: 'own-branch', name: '第一党支部', kind: 'branch', parentId: 'org', role: 'editor' },
  { id: 'read-branch', name: '第二党支部', kind: 'branch', parentId: 'org', role: 'member' },
]

function documentEntry(id: string, unitId: string, kind: string, createdAt: string): DocumentEntry {
  return {
    ...{ id, unitId, templateId: kind, title: `标题-${id}`, kind, createdAt, updatedAt: createdAt },
    ...{ pending: false, syncError: null, offline: false },
  }
}

/** A server that answers with the same units and no documents; the store is what the page shows. */
const api = {
  createDocument: () => Promise.resolve({ ok: true, value: { id: 'x' } }),
  listUnits: () => Promise.resolve({ ok: true, value: units }),
  listTemplates: () => Promise.resolve({ ok: true, value: [] }),
  listDocuments: () =>
    Promise.resolve({ ok: false, error: { status: 0, code: 'NETWORK', message: 'offline' } }),
} as unknown as ApiClient

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  window.location.hash = ''
  page = createPageHarness()
})
afterEach(() => page.unmount())

async function renderWorkspace(store: MemoryWorkspaceStore): Promise<void> {
  const session = { token: 't', user: { id: 'u1', name: '张伟' } }
  page.render(
    <AntApp>
      <WorkspacePage session={session} onLogout={() => undefined} onUnauthorized={() => undefined} />
    </AntApp>,
    store,
    api,
  )
  await page.settle()
}

async function goTo(hash: string): Promise<void> {
  act(() => {
    window.location.hash = hash
    window.dispatchEvent(new HashChangeEvent('hashchange'))
  })
  await page.settle()
}

function testIds(prefix: string): string[] {
  return [...page.container.querySelectorAll(`[data-testid^="${prefix}"]`)].map(
    (element) => element.getAttribute('data-testid') ?? '',
  )
}

describe('workspace page', () => {
  it('shows the unit tree with the effective role on each unit', async () => {
    const store = new MemoryWorkspaceStore()
    await store.replaceUnits(units)
    await renderWorkspace(store)
    expect(testIds('unit-node-')).toEqual(['unit-node-org', 'unit-node-own-branch', 'unit-node-read-branch'])
    expect(page.container.querySelector('[data-testid="unit-role-own-branch"]')?.textContent).toBe('支委')
    expect(page.container.querySelector('[data-testid="unit-role-read-branch"]')?.textContent).toBe('党员')
    expect(page.container.querySelector('[data-testid="unit-node-org"]')?.getAttribute('data-role')).toBe(
      'none',
    )
  })

  it('offers 新建文档 where the role can create and nowhere else', async () => {
    const store = new MemoryWorkspaceStore()
    await store.replaceUnits(units)
    await renderWorkspace(store)
    await goTo('#/u/own-branch')
    expect(page.container.querySelector('[data-testid="new-document-button"]')).not.toBeNull()
    await goTo('#/u/read-branch')
    expect(page.container.querySelector('[data-testid="new-document-button"]')).toBeNull()
  })

  it('lists the unit’s documents grouped by kind, newest first, with the pending mark', async () => {
    const store = new MemoryWorkspaceStore()
    await store.replaceUnits(units)
    await store.putDocument(documentEntry('ledger-a', 'own-branch', 'rectification', '2026-05-01T00:00:00Z'))
    await store.putDocument(documentEntry('minutes-old', 'own-branch', 'minutes', '2026-01-01T00:00:00Z'))
    await store.putDocument({
      ...documentEntry('minutes-new', 'own-branch', 'minutes', '2026-11-01T00:00:00Z'),
      pending: true,
    })
    await store.putDocument(documentEntry('elsewhere', 'read-branch', 'minutes', '2026-11-02T00:00:00Z'))
    await renderWorkspace(store)
    await goTo('#/u/own-branch')
    expect(testIds('doc-group-')).toEqual(['doc-group-minutes', 'doc-group-rectification'])
    expect(testIds('doc-item-')).toEqual([
      'doc-item-minutes-new',
      'doc-item-minutes-old',
      'doc-item-ledger-a',
    ])
    expect(testIds('doc-pending-')).toEqual(['doc-pending-minutes-new'])
    expect(page.container.textContent).toContain('2026年11月1日')
  })
})
