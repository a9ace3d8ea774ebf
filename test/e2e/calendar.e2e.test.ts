import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoAccounts, demoBranchId, minutesTemplateId } from '../fixtures/demoAccounts'
import { UnitViewsPage } from './pages/UnitViewsPage'
import { WorkspacePage } from './pages/WorkspacePage'
import { api, login } from './support/api'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'

const baseUrl = inject('baseUrl')
let browser: Browser

interface Schedule {
  id: string
  templateId: string
  frequency: string
}
interface Period {
  scheduleId: string
  period: { start: string; end: string }
  status: string
}

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

/** Today in Beijing, as the server and the calendar judge periods. */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date())
}

/**
 * The demo branch's monthly 支委会 schedule; the demo seed creates it (with one past month left without minutes).
 * When a seed lacks it, the spec schedules it from half a year back, so every past month in range is missing.
 */
async function committeeSchedule(token: string): Promise<Schedule> {
  const path = `/api/units/${demoBranchId}/schedules`
  const { schedules } = await api<{ schedules: Schedule[] }>(baseUrl, 'GET', path, undefined, token)
  const seeded = schedules.find((schedule) => schedule.templateId === minutesTemplateId)
  if (seeded !== undefined) return seeded
  const today = todayInChina()
  const index = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 6
  const startDate = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`
  const body = { templateId: minutesTemplateId, frequency: 'monthly', minimumPerPeriod: 1, startDate }
  const { id } = await api<{ id: string }>(baseUrl, 'POST', path, body, token)
  return { id, templateId: minutesTemplateId, frequency: 'monthly' }
}

describe('the branch calendar and scorecard', () => {
  it('marks a past month without 支委会 minutes as missing and shows the API’s scorecard total', async () => {
    const token = await login(baseUrl, demoAccounts.editor)
    const schedule = await committeeSchedule(token)
    const today = todayInChina()
    const thisYear = Number(today.slice(0, 4))
    // A missing month may lie in last year early in January–March, so look at both years.
    let missing: Period | undefined
    let year = thisYear
    for (const candidate of [thisYear, thisYear - 1]) {
      const { periods } = await api<{ periods: Period[] }>(
        baseUrl,
        'GET',
        `/api/units/${demoBranchId}/calendar?from=${candidate}-01&to=${candidate}-12`,
        undefined,
        token,
      )
      missing = periods
        .filter((period) => period.scheduleId === schedule.id && period.status === 'missing')
        .filter((period) => period.period.end < today)
        .at(-1)
      if (missing !== undefined) {
        year = candidate
        break
      }
    }
    expect(missing, 'the demo branch has a past month without 支委会 minutes').toBeDefined()
    if (missing === undefined) return

    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    const workspace = new WorkspacePage(zhang.page)
    const views = new UnitViewsPage(zhang.page)
    await workspace.openUnit(demoBranchId)
    await views.show('calendar')
    await views.goToYear(year)
    const cell = views.calendarCell(schedule.id, missing.period.start)
    await cell.waitFor()
    expect(await cell.getAttribute('data-status')).toBe('missing')
    expect(await cell.getAttribute('aria-label')).toMatch(/缺失$/)
    await zhang.page.getByTestId('calendar-legend').waitFor()

    // 从模板新建 on the missing month opens the create dialog with the 支委会 template already chosen.
    await cell.click()
    await zhang.page.getByTestId(`calendar-cell-${schedule.id}-${missing.period.start}-create`).click()
    await zhang.page.getByTestId('create-dialog').waitFor()
    expect(await zhang.page.getByTestId(`create-template-option-${minutesTemplateId}`).isChecked()).toBe(true)
    expect(await zhang.page.getByTestId('create-title').inputValue()).toMatch(/\d{4}年\d{1,2}月$/)
    await saveScreenshot(zhang.page, 'calendar-missing-committee')
    await zhang.page.keyboard.press('Escape')

    const scorecard = await api<{ total: number | string; totalText?: string }>(
      baseUrl,
      'GET',
      `/api/units/${demoBranchId}/scorecard?year=${thisYear}`,
      undefined,
      token,
    )
    await views.show('scorecard')
    const total = zhang.page.getByTestId('scorecard-total')
    await total.waitFor()
    expect(await total.textContent()).toBe(scorecard.totalText ?? String(scorecard.total))
    await saveScreenshot(zhang.page, 'scorecard')

    // Offline, the views show the copy fetched a moment ago, marked with when it was fetched.
    await zhang.context.setOffline(true)
    await views.show('calendar')
    await zhang.page.getByTestId('report-offline').waitFor()
    await views.goToYear(year)
    expect(await views.calendarCell(schedule.id, missing.period.start).getAttribute('data-status')).toBe(
      'missing',
    )
    await views.show('scorecard')
    expect(await zhang.page.getByTestId('scorecard-total').textContent()).toBe(
      scorecard.totalText ?? String(scorecard.total),
    )
    expect(await zhang.page.getByTestId('report-offline').textContent()).toMatch(/^离线 · 更新于 \d{4}年/)
    await zhang.context.setOffline(false)
    await zhang.context.close()
  })

  it('ranks the branches under the committee as the API does', async () => {
    const committeeId = 'demo-jiguan'
    const token = await login(baseUrl, demoAccounts.admin)
    const year = Number(todayInChina().slice(0, 4))
    const ranking = await api<{ units: { unitId: string; total: number | string; rank: number }[] }>(
      baseUrl,
      'GET',
      `/api/units/${committeeId}/ranking?year=${year}`,
      undefined,
      token,
    )
    const admin = await openUserContext(browser, baseUrl, demoAccounts.admin)
    await new WorkspacePage(admin.page).openUnit(committeeId)
    await new UnitViewsPage(admin.page).show('ranking')
    await admin.page.getByTestId('ranking-table').waitFor()
    const rows = admin.page.locator('[data-testid^="ranking-row-"]')
    expect(
      await rows.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid'))),
    ).toEqual(ranking.units.map((unit) => `ranking-row-${unit.unitId}`))
    for (const unit of ranking.units)
      expect(await admin.page.getByTestId(`ranking-total-${unit.unitId}`).textContent()).toBe(
        String(unit.total),
      )
    await admin.page.getByTestId('ranking-cohort-rule').waitFor()
    await saveScreenshot(admin.page, 'ranking')
    await admin.context.close()
  })
})
