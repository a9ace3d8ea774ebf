import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, inject, it } from 'vitest'
import { demoAccounts, demoBranchId, minutesTemplateId } from '../fixtures/demoAccounts'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'

const baseUrl = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

describe('creating a document offline', () => {
  it('shows a document created offline from a template to a colleague after reconnecting', async () => {
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    const zhao = await openUserContext(browser, baseUrl, demoAccounts.secondEditor)
    const zhangWorkspace = new WorkspacePage(zhang.page)
    await zhangWorkspace.openUnit(demoBranchId)
    await zhang.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

    await zhang.context.setOffline(true)
    const docId = await zhangWorkspace.createDocument(minutesTemplateId, '十二月支委会会议记录（离线创建）')
    const zhangDocument = new DocumentPageObject(zhang.page)
    await zhangDocument.editor.waitFor()
    await zhangDocument.waitForStatus(['offline'])
    await zhangDocument.appendParagraph('离线时记下的议题：年度述职评议安排。')
    await zhang.page.getByTestId(`doc-pending-${docId}`).waitFor()

    await zhang.context.setOffline(false)
    await zhangDocument.waitForStatus(['saved'], 30_000)

    const zhaoWorkspace = new WorkspacePage(zhao.page)
    await zhao.page.reload()
    await zhaoWorkspace.openUnit(demoBranchId)
    await zhaoWorkspace.documentItem(docId).waitFor({ timeout: 15_000 })
    await zhaoWorkspace.documentItem(docId).click()
    const zhaoDocument = new DocumentPageObject(zhao.page)
    await zhaoDocument.waitForText('年度述职评议安排')
    await saveScreenshot(zhang.page, 'offline-creation-zhangwei')
    await saveScreenshot(zhao.page, 'offline-creation-zhaolei')
    await zhang.context.close()
    await zhao.context.close()
  })
})
