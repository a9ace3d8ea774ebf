import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { certificationTemplateId, demoAccounts, demoBranchId } from '../fixtures/demoAccounts'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { EvidencePageObject } from './pages/EvidencePageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { api, login } from './support/api'
import { createDocument } from './support/createDocument'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'

const baseUrl = inject('baseUrl')
// A 1×1 red PNG: a real image, so the row shows a thumbnail.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)
const itemId = 'tiantai.zuzhi.1'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

describe('佐证材料 on checklist rows', () => {
  it('uploads online and offline (queued, then replayed once) and shows the files to the certifier', async () => {
    const zhangToken = await login(baseUrl, demoAccounts.editor)
    const docId = await createDocument(baseUrl, zhangToken, {
      unitId: demoBranchId,
      templateId: certificationTemplateId,
      title: '标准化认证（佐证材料）',
    })
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    await new WorkspacePage(zhang.page).openDocument(demoBranchId, docId)
    const document = new DocumentPageObject(zhang.page)
    await document.waitForStatus(['synced', 'saved'])
    await zhang.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    const evidence = new EvidencePageObject(zhang.page)
    expect(await evidence.uploadButton(itemId).textContent()).toBe('上传证据(自查)')

    await evidence.upload(itemId, '支部设置批复.png', 'image/png', photo)
    await evidence.waitForFile(itemId, '支部设置批复.png', 'uploaded')

    await zhang.context.setOffline(true)
    await document.waitForStatus(['offline'])
    await evidence.upload(itemId, '党员名册.pdf', 'application/pdf', Buffer.from('%PDF-1.4 e2e'))
    await evidence.waitForFile(itemId, '党员名册.pdf', 'pending')
    // The photo's bytes are on the device: its thumbnail still shows offline.
    expect(await evidence.file(itemId, '支部设置批复.png').locator('img').count()).toBe(1)

    await zhang.context.setOffline(false)
    await evidence.waitForFile(itemId, '党员名册.pdf', 'uploaded', 30_000)
    const listed = await api<{ attachments: { name: string; column: string; itemId: string }[] }>(
      baseUrl,
      'GET',
      `/api/docs/${docId}/attachments`,
      undefined,
      zhangToken,
    )
    expect(listed.attachments.map((attachment) => attachment.name).sort()).toEqual([
      '党员名册.pdf',
      '支部设置批复.png',
    ])
    expect(
      listed.attachments.every((attachment) => attachment.column === 'self' && attachment.itemId === itemId),
    ).toBe(true)
    await evidence.files(itemId).first().scrollIntoViewIfNeeded()
    await saveScreenshot(zhang.page, 'evidence-zhangwei')

    const certifier = await openUserContext(browser, baseUrl, demoAccounts.certifier)
    await new WorkspacePage(certifier.page).openDocument(demoBranchId, docId)
    const certifierEvidence = new EvidencePageObject(certifier.page)
    await certifierEvidence.waitForFile(itemId, '党员名册.pdf', 'uploaded')
    expect(await certifierEvidence.files(itemId).count()).toBe(2)
    expect(await certifierEvidence.uploadButton(itemId).textContent()).toBe('上传证据(考核)')
    // Someone else's evidence cannot be removed by the certifier; the uploader can remove their own.
    expect(await certifierEvidence.files(itemId).locator('[data-action="remove-evidence"]').count()).toBe(0)
    await certifier.context.close()
    await evidence.file(itemId, '党员名册.pdf').locator('[data-action="remove-evidence"]').click()
    await evidence.file(itemId, '党员名册.pdf').waitFor({ state: 'detached' })
    const remaining = await api<{ attachments: { name: string }[] }>(
      baseUrl,
      'GET',
      `/api/docs/${docId}/attachments`,
      undefined,
      zhangToken,
    )
    expect(remaining.attachments.map((attachment) => attachment.name)).toEqual(['支部设置批复.png'])
    await zhang.context.close()
  })
})
