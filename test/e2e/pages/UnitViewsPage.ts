import type { Locator, Page } from 'playwright-core'

/** The unit views beside the document list (data-testids from web/src/shell/, calendar/, scorecard/, ranking/). */
export class UnitViewsPage {
  constructor(private readonly page: Page) {}

  /** Clicks 文档 / 日历 / 记分卡 / 排名 in the switch above the document list. */
  async show(view: 'documents' | 'calendar' | 'scorecard' | 'ranking'): Promise<void> {
    await this.page.getByTestId(`unit-view-${view}`).click()
    if (view !== 'documents') await this.page.getByTestId(`${view}-view`).waitFor()
  }

  /** Steps the year switch until it shows `year`. */
  async goToYear(year: number): Promise<void> {
    for (let step = 0; step < 5; step++) {
      const shown = Number(
        ((await this.page.getByTestId('year-label').textContent()) ?? '').replace(/\D/g, ''),
      )
      if (shown === year) return
      await this.page.getByTestId(shown > year ? 'year-previous' : 'year-next').click()
    }
    throw new Error(`the year switch never showed ${year}`)
  }

  /** The calendar cell of one schedule's period, by the period's first day. */
  calendarCell(scheduleId: string, start: string): Locator {
    return this.page.getByTestId(`calendar-cell-${scheduleId}-${start}`)
  }
}
