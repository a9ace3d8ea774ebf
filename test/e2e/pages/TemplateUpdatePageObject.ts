import type { Locator, Page } from 'playwright-core'

/** The 模板有更新 banner and its diff dialog (data-testids from web/src/document/extras/). */
export class TemplateUpdatePageObject {
  readonly banner: Locator
  readonly viewDiffButton: Locator
  readonly applyButton: Locator
  readonly diffList: Locator

  constructor(private readonly page: Page) {
    this.banner = page.getByTestId('template-update-banner')
    this.viewDiffButton = page.getByTestId('template-update-diff')
    this.applyButton = page.getByTestId('template-update-apply')
    this.diffList = page.getByTestId('template-update-diff-list')
  }

  async openDiff(): Promise<string> {
    await this.viewDiffButton.click()
    await this.diffList.waitFor()
    return (await this.diffList.textContent()) ?? ''
  }

  async closeDiff(): Promise<void> {
    await this.page.locator('.ant-modal-close').click()
    await this.diffList.waitFor({ state: 'hidden' })
  }
}
