import type { Locator, Page } from 'playwright-core'

/** 佐证材料 on a checklist row (data attributes from packages/editor/src/nodes/checklist-block/EvidenceFiles.tsx). */
export class EvidencePageObject {
  constructor(private readonly page: Page) {}

  files(itemId: string): Locator {
    return this.page.locator(`[data-item-id="${itemId}"] .zhibu-evidence__file`)
  }

  file(itemId: string, name: string): Locator {
    return this.files(itemId).filter({ hasText: name })
  }

  uploadButton(itemId: string): Locator {
    return this.page.locator(`[data-item-id="${itemId}"] [data-action="upload-evidence"]`)
  }

  /** Chooses a file in the row's hidden file input, as the picker opened by 上传证据 would. */
  async upload(itemId: string, name: string, mimeType: string, bytes: Buffer): Promise<void> {
    await this.page
      .locator(`[data-item-id="${itemId}"] [data-testid="evidence-input"]`)
      .setInputFiles({ name, mimeType, buffer: bytes })
  }

  /** Waits until the row lists the file in this state (pending 待上传, uploaded, failed). */
  async waitForFile(
    itemId: string,
    name: string,
    state: 'pending' | 'uploaded' | 'failed',
    timeout = 15_000,
  ): Promise<void> {
    await this.file(itemId, name)
      .and(this.page.locator(`[data-state="${state}"]`))
      .waitFor({ timeout })
  }
}
