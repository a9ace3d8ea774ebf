import { App as AntApp } from 'antd'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createUnitReportsApi } from '../api/createUnitReportsApi'
import { languageStore } from '../i18n/languageStore'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { TemplateRecord } from '../storage/TemplateRecord'
import { createPageHarness } from '../testing/createPageHarness'
import { fakeJsonFetch } from '../testing/fakeJsonFetch'
import { waitForTestId } from '../testing/waitForTestId'
import { calendarFixture } from './calendarFixtures'
import { CalendarView } from './CalendarView'

const templates: TemplateRecord[] = [
  { id: 'committee-minutes', name: '支委会会议记录', kind: 'minutes' },
  { id: 'party-lecture', name: '党课记录', kind: 'minutes' },
]
const calendarUrl = 'GET /api/units/b1/calendar?from=2026-01&to=2026-12'
const schedulesUrl = 'GET /api/units/b1/schedules'

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  page = createPageHarness()
})
afterEach(() => page.unmount())

function renderCalendar(
  store: MemoryWorkspaceStore,
  options: { canEdit?: boolean; online?: boolean; offlineNetwork?: () => boolean } = {},
) {
  const { periods, schedules } = calendarFixture()
  const fake = fakeJsonFetch(
    {
      [calendarUrl]: { periods },
      [schedulesUrl]: { schedules },
      'POST /api/units/b1/schedules': { status: 201, body: { id: 's-new' } },
    },
    options.offlineNetwork,
  )
  const opened: string[] = []
  const created: [string, string][] = []
  page.render(
    <AntApp>
      <CalendarView
        unitId="b1"
        api={createUnitReportsApi({ getToken: () => 't', fetch: fake.fetch })}
        templates={templates}
        canEdit={options.canEdit ?? true}
        online={options.online ?? true}
        today="2026-11-23"
        onOpenDocument={(docId) => opened.push(docId)}
        onCreateFromTemplate={(templateId, title) => created.push([templateId, title])}
      />
    </AntApp>,
    store,
    {},
  )
  return { requests: fake.requests, opened, created }
}

async function loaded(): Promise<void> {
  await waitForTestId(page, 'calendar-grid')
}

function cell(scheduleId: string, start: string): HTMLElement {
  return page.byTestId(`calendar-cell-${scheduleId}-${start}`)
}

function inBody(testId: string): Promise<HTMLElement> {
  return waitForTestId(page, testId)
}

describe('calendar view', () => {
  it('marks each month done, missing or upcoming and outlines the current period', async () => {
    renderCalendar(new MemoryWorkspaceStore())
    await loaded()
    expect(cell('s-committee', '2026-03-01').getAttribute('data-status')).toBe('missing')
    expect(cell('s-committee', '2026-03-01').textContent).toBe('缺')
    expect(cell('s-committee', '2026-03-01').getAttribute('aria-label')).toBe('支委会会议记录 2026年3月 缺失')
    expect(cell('s-committee', '2026-02-01').getAttribute('data-status')).toBe('done')
    expect(cell('s-committee', '2026-12-01').textContent).toBe('待')
    expect(cell('s-lecture', '2026-10-01').textContent).toBe('待办')
    expect(cell('s-committee', '2026-11-01').getAttribute('data-current')).toBe('true')
    expect(cell('s-committee', '2026-10-01').getAttribute('data-current')).toBe('false')
    // A quarter takes three month columns.
    expect(cell('s-lecture', '2026-04-01').closest('td')?.colSpan).toBe(3)
    expect(page.byTestId('calendar-legend').textContent).toContain('当期')
    expect(page.container.textContent).toContain('2026年 活动日历')
  })

  it('links a done period to its document and offers 从模板新建 on a missing one', async () => {
    const { opened, created } = renderCalendar(new MemoryWorkspaceStore())
    await loaded()
    act(() => cell('s-committee', '2026-02-01').click())
    const link = await inBody('calendar-document-doc-02')
    act(() => link.click())
    expect(opened).toEqual(['doc-02'])
    act(() => cell('s-committee', '2026-03-01').click())
    const create = await inBody('calendar-cell-s-committee-2026-03-01-create')
    act(() => create.click())
    expect(created).toEqual([['committee-minutes', '支委会会议记录 2026年3月']])
  })

  it('lets an editor add a schedule and reloads the calendar; a member only sees the list', async () => {
    const { requests } = renderCalendar(new MemoryWorkspaceStore())
    await loaded()
    const calendarLoads = requests.filter((request) => `GET ${request.url}` === calendarUrl).length
    act(() => page.byTestId('schedule-add').click())
    const reloads = () => requests.filter((request) => `GET ${request.url}` === calendarUrl).length
    for (let round = 0; round < 50 && reloads() === calendarLoads; round++) await page.settle()
    const posted = requests.find((request) => request.method === 'POST')
    expect(posted?.body).toEqual({
      templateId: 'committee-minutes',
      frequency: 'monthly',
      minimumPerPeriod: 1,
      startDate: '2026-01-01',
    })
    expect(reloads()).toBe(calendarLoads + 1)
    page.unmount()
    page = createPageHarness()
    renderCalendar(new MemoryWorkspaceStore(), { canEdit: false })
    await loaded()
    expect(page.container.querySelector('[data-testid="schedule-form"]')).toBeNull()
    expect(page.byTestId('schedule-manager').textContent).toContain('每月')
    expect(page.container.querySelector('[data-testid$="-create"]')).toBeNull()
  })

  it('shows the last fetched calendar offline, marked 离线 with when it was fetched', async () => {
    const store = new MemoryWorkspaceStore()
    renderCalendar(store)
    await loaded()
    expect(page.container.querySelector('[data-testid="report-offline"]')).toBeNull()
    page.unmount()
    page = createPageHarness()
    renderCalendar(store, { online: false, offlineNetwork: () => true })
    await loaded()
    expect(cell('s-committee', '2026-03-01').getAttribute('data-status')).toBe('missing')
    expect(page.byTestId('report-offline').textContent).toMatch(
      /^离线 · 更新于 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/,
    )
  })

  it('says there is nothing cached when offline on a fresh device', async () => {
    renderCalendar(new MemoryWorkspaceStore(), { online: true, offlineNetwork: () => true })
    await page.settle()
    expect(page.byTestId('report-not-cached')).toBeDefined()
    expect(page.container.querySelector('[data-testid="calendar-grid"]')).toBeNull()
  })
})
