import type { Page } from 'playwright-core'

/** The shell around the document (data-testids from web/src/pages/WorkspacePage.tsx and web/src/shell/). */
export class WorkspacePage {
  constructor(private readonly page: Page) {}

  /** Opens a document through the shell's hash route `#/u/<unitId>/d/<docId>`. */
  async openDocument(unitId: string, docId: string): Promise<void> {
    await this.page.evaluate(
      (hash) => (window.location.hash = hash),
      `#/u/${encodeURIComponent(unitId)}/d/${encodeURIComponent(docId)}`,
    )
    await this.page.getByTestId('document-editor').waitFor()
  }

  async openUnit(unitId: string): Promise<void> {
    await this.page.getByTestId(`unit-node-${unitId}`).click()
  }

  /** Creates a document from a template through the create dialog and returns its (client-generated) id. */
  async createDocument(templateId: string, title: string): Promise<string> {
    await this.page.getByTestId('new-document-button').click()
    await this.page.getByTestId(`create-template-option-${templateId}`).click()
    await this.page.getByTestId('create-title').fill(title)
    await this.page.getByTestId('create-submit').click()
    await this.page.waitForFunction(() => /\/d\/[^/]+$/.test(window.location.hash))
    const hash = await this.page.evaluate(() => window.location.hash)
    return decodeURIComponent(hash.slice(hash.lastIndexOf('/d/') + 3))
  }

  /** Waits until the document list shows this document (reloading the list's data as the shell does). */
  documentItem(docId: string): ReturnType<Page['getByTestId']> {
    return this.page.getByTestId(`doc-item-${docId}`)
  }
}
