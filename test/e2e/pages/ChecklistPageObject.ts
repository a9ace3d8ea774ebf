import type { Locator, Page } from 'playwright-core'

/** The living-template blocks of a scored form (data attributes from packages/editor/src/nodes/). */
export class ChecklistPageObject {
  readonly summaryTotal: Locator
  readonly summaryGrade: Locator
  readonly summaryVetoes: Locator

  constructor(private readonly page: Page) {
    this.summaryTotal = page.getByTestId('summary-total')
    this.summaryGrade = page.getByTestId('summary-grade')
    this.summaryVetoes = page.getByTestId('summary-vetoes')
  }

  /** One scheme item's row. */
  row(itemId: string): Locator {
    return this.page.locator(`[data-item-id="${itemId}"]`)
  }

  /** Ticks 已核查 (answered, nothing to deduct). */
  async markAnswered(itemId: string): Promise<void> {
    await this.row(itemId).locator('[data-control="answered"]').check()
  }

  /** Ticks a once-only deduction rule. */
  async tickRule(itemId: string, ruleId: string): Promise<void> {
    await this.row(itemId).locator(`[data-rule-id="${ruleId}"]`).check()
  }

  async chooseLevel(itemId: string, levelId: string): Promise<void> {
    await this.row(itemId).locator(`[data-level-id="${levelId}"]`).check()
  }

  /** Ticks 存在该情形 on a veto item. */
  async triggerVeto(itemId: string): Promise<void> {
    await this.row(itemId).locator('[data-control="triggered"]').check()
  }

  /** Waits until the control is checked in this browser (a collaborator's change has arrived). */
  async waitChecked(itemId: string, selector: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      ([id, inner]) =>
        document.querySelector<HTMLInputElement>(`[data-item-id="${id}"] ${inner}`)?.checked === true,
      [itemId, selector] as const,
      { timeout },
    )
  }

  /** The score summary block's total and grade, as this browser computes them. */
  async summary(): Promise<{ total: string; grade: string; passed: boolean }> {
    return {
      total: (await this.summaryTotal.textContent())?.trim() ?? '',
      grade: (await this.summaryGrade.textContent())?.trim() ?? '',
      passed: (await this.summaryGrade.getAttribute('data-passed')) === 'true',
    }
  }

  /** Waits until the summary shows this total and grade. */
  async waitForSummary(total: string, grade: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      ([expectedTotal, expectedGrade]) =>
        document.querySelector('[data-testid="summary-total"]')?.textContent?.trim() === expectedTotal &&
        document.querySelector('[data-testid="summary-grade"]')?.textContent?.trim() === expectedGrade,
      [total, grade] as const,
      { timeout },
    )
  }
}
