import type { Locator, Page } from 'playwright-core'

/** What the sync badge can say (web/src/document/SyncStatus.ts). */
export type SyncStatusKind = 'offline' | 'connecting' | 'pending' | 'saved' | 'synced'

/** The document page (data-testids from web/src/document/). */
export class DocumentPageObject {
  readonly editor: Locator
  readonly syncStatus: Locator

  constructor(private readonly page: Page) {
    this.editor = page.getByTestId('document-editor')
    this.syncStatus = page.getByTestId('sync-status')
  }

  /** Waits (auto-waiting, bounded by `timeout`) until the badge shows one of these states. */
  async waitForStatus(kinds: readonly SyncStatusKind[], timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      (expected: readonly string[]) =>
        expected.includes(
          document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-status') ?? '',
        ),
      kinds,
      { timeout },
    )
  }

  /** Waits until the editor's text contains `text`. */
  async waitForText(text: string, timeout = 15_000): Promise<void> {
    await this.page.waitForFunction(
      (expected) =>
        (document.querySelector('[data-testid="document-editor"]')?.textContent ?? '').includes(expected),
      text,
      { timeout },
    )
  }

  /** How many updates y-indexeddb holds for the document (web/src/document/documentDatabaseNames.ts). */
  async storedUpdateCount(docId: string): Promise<number> {
    return this.page.evaluate(
      (name) =>
        new Promise<number>((resolve, reject) => {
          const request = indexedDB.open(name)
          request.onerror = () => reject(new Error(request.error?.message ?? 'indexedDB.open failed'))
          request.onsuccess = () => {
            const database = request.result
            if (!database.objectStoreNames.contains('updates')) {
              database.close()
              resolve(0)
              return
            }
            const count = database.transaction('updates', 'readonly').objectStore('updates').count()
            count.onsuccess = () => {
              database.close()
              resolve(count.result)
            }
            count.onerror = () => reject(new Error(count.error?.message ?? 'count failed'))
          }
        }),
      `zhibu-doc:${docId}`,
    )
  }

  /** Waits until IndexedDB holds more than `before` updates: a reload now cannot lose the edit. */
  async waitForStoredUpdates(docId: string, before: number, timeout = 15_000): Promise<void> {
    const deadline = Date.now() + timeout
    while ((await this.storedUpdateCount(docId)) <= before) {
      if (Date.now() > deadline) throw new Error(`no new update stored locally for ${docId}`)
      await this.page.waitForTimeout(100)
    }
  }

  /** A collaborator's caret label, showing the name the server stamped. */
  caretOf(name: string): Locator {
    return this.page.locator('.collaboration-carets__label', { hasText: name })
  }

  /** The document's text, without collaborators' caret labels. */
  async text(): Promise<string> {
    return this.editor.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement
      copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove())
      return copy.textContent ?? ''
    })
  }

  /** Starts a new paragraph at the end of the document and types into it. */
  async appendParagraph(text: string): Promise<void> {
    await this.editor.click()
    await this.page.keyboard.press('Control+End')
    await this.page.keyboard.press('Enter')
    await this.page.keyboard.type(text)
  }

  /** Types at the end of the paragraph containing `anchor`. */
  async typeAtEndOf(anchor: string, text: string): Promise<void> {
    await this.editor.locator('p', { hasText: anchor }).last().click()
    await this.page.keyboard.press('End')
    await this.page.keyboard.type(text)
  }

  /** Types at the start of the paragraph containing `anchor`. */
  async typeAtStartOf(anchor: string, text: string): Promise<void> {
    await this.editor.locator('p', { hasText: anchor }).last().click()
    await this.page.keyboard.press('Home')
    await this.page.keyboard.type(text)
  }
}
