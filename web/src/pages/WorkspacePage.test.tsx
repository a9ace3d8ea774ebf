import { act } from 'react'
import { App as AntApp } from 'antd'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiClient } from '../api/ApiClient'
import { createUnitReportsApi } from '../api/createUnitReportsApi'
import { calendarFixture } from '../calendar/calendarFixtures'
import { languageStore } from '../i18n/languageStore'
import type { DocumentEntry } from '../storage/DocumentEntry'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { TemplateRecord } from '../storage/TemplateRecord'
import type { UnitRecord } from '../storage/UnitRecord'
import { createPageHarness } from '../testing/createPageHarness'
import { fakeJsonFetch } from '../testing/fakeJsonFetch'
import { todayInChina } from '../shell/todayInChina'
import { waitForTestId } from '../testing/waitForTestId'
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

let serverTemplates: TemplateRecord[] = []

/** A server that answers with the same units and no documents; the store is what the page shows. */
const api = {
  createDocument: () => Promise.resolve({ ok: true, value: { id: 'x' } }),
  listUnits: () => Promise.resolve({ ok: true, value: units }),
  listTemplates: () => Promise.resolve({ ok: true, value: serverTemplates }),
  listDocuments: () =>
    Promise.resolve({ ok: false, error: { status: 0, code: 'NETWORK', message: 'offline' } }),
} as unknown as ApiClient

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  window.location.hash = ''
  serverTemplates = []
  page = createPageHarness()
})
afterEach(() => page.unmount())

// The calendar opens on this year in China; the fixture is built for it.
const year = Number(todayInChina().slice(0, 4))
const reportsApi = createUnitReportsApi({
  getToken: () => 't',
  fetch: fakeJsonFetch({
    [`GET /api/units/own-branch/calendar?from=${year}-01&to=${year}-12`]: {
      periods: calendarFixture(year).periods,
    },
    'GET /api/units/own-branch/schedules': { schedules: calendarFixture(year).schedules },
  }).fetch,
})

async function renderWorkspace(store: MemoryWorkspaceStore): Promise<void> {
  const session = { token: 't', user: { id: 'u1', name: '张伟' } }
  page.render(
    <AntApp>
      <WorkspacePage
        session={session}
        onLogout={() => undefined}
        onUnauthorized={() => undefined}
        reportsApi={reportsApi}
      />
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

  it('offers 日历 and 记分卡 on a branch, 排名 on an organisation, and keeps the view in the hash', async () => {
    const store = new MemoryWorkspaceStore()
    await store.replaceUnits(units)
    await renderWorkspace(store)
    await goTo('#/u/own-branch')
    expect(testIds('unit-view-')).toEqual([
      'unit-view-switch',
      'unit-view-documents',
      'unit-view-calendar',
      'unit-view-scorecard',
    ])
    await goTo('#/u/org')
    expect(testIds('unit-view-')).toEqual(['unit-view-switch', 'unit-view-documents', 'unit-view-ranking'])
    page.click('unit-view-ranking')
    await page.settle()
    expect(window.location.hash).toBe('#/u/org/v/ranking')
    // Another branch keeps the scorecard open; a unit without the view falls back to its documents.
    await goTo('#/u/own-branch/v/scorecard')
    page.click('unit-node-read-branch')
    await page.settle()
    expect(window.location.hash).toBe('#/u/read-branch/v/scorecard')
    page.click('unit-node-org')
    await page.settle()
    expect(window.location.hash).toBe('#/u/org')
  })

  it('opens the create dialog from a missing calendar month with the template and a title filled in', async () => {
    const store = new MemoryWorkspaceStore()
    await store.replaceUnits(units)
    serverTemplates = [
      { id: 'tasks', name: '任务清单', kind: 'tasks' },
      { id: 'committee-minutes', name: '支委会会议记录', kind: 'minutes' },
    ]
    await renderWorkspace(store)
    // The calendar chunk loads on demand; loading it first lets React.lazy resolve inside act().
    await act(() => import('../calendar/CalendarView'))
    await goTo('#/u/own-branch/v/calendar')
    const cell = await waitForTestId(page, `calendar-cell-s-committee-${year}-03-01`)
    act(() => cell.click())
    const create = await waitForTestId(page, `calendar-cell-s-committee-${year}-03-01-create`)
    act(() => create.click())
    await waitForTestId(page, 'create-dialog')
    await page.settle()
    const option = document.body.querySelector<HTMLInputElement>(
      '[data-testid="create-template-option-committee-minutes"]',
    )
    expect(option?.checked).toBe(true)
    expect(document.body.querySelector<HTMLInputElement>('[data-testid="create-title"]')?.value).toBe(
      `支委会会议记录 ${year}年3月`,
    )
  })
})
