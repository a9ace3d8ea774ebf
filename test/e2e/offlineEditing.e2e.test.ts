import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoAccounts, demoBranchId, demoMinutesId } from '../fixtures/demoAccounts'
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

describe('working offline', () => {
  it('keeps offline edits across an offline reload and merges them with a colleague\u2019s on reconnect', async () => {
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    const zhao = await openUserContext(browser, baseUrl, demoAccounts.secondEditor)
    await new WorkspacePage(zhang.page).openDocument(demoBranchId, demoMinutesId)
    await new WorkspacePage(zhao.page).openDocument(demoBranchId, demoMinutesId)
    const zhangDocument = new DocumentPageObject(zhang.page)
    const zhaoDocument = new DocumentPageObject(zhao.page)
    await zhangDocument.waitForStatus(['synced', 'saved'])
    await zhaoDocument.waitForStatus(['synced', 'saved'])
    // The app shell must be cached before the network goes away.
    await zhang.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

    await zhangDocument.appendParagraph('共同段落')
    await zhaoDocument.waitForText('共同段落')
    await zhangDocument.waitForStatus(['saved'])

    await zhang.context.setOffline(true)
    await zhangDocument.waitForStatus(['offline'])
    const storedBefore = await zhangDocument.storedUpdateCount(demoMinutesId)
    await zhangDocument.typeAtEndOf('共同段落', '【张伟离线补充】')
    await zhangDocument.waitForText('【张伟离线补充】')
    // A person reloads after seeing the text; the test waits for what makes that safe, the local write.
    await zhangDocument.waitForStoredUpdates(demoMinutesId, storedBefore)
    await zhang.page.reload()
    const reopened = new DocumentPageObject(zhang.page)
    await reopened.waitForText('【张伟离线补充】')
    await reopened.waitForStatus(['offline'])
    await reopened.typeAtEndOf('共同段落', '【重新打开后续写】')

    await zhaoDocument.typeAtStartOf('共同段落', '【赵磊在线修改】')
    await zhaoDocument.waitForStatus(['saved'])
    expect(await zhaoDocument.text()).not.toContain('张伟离线补充')

    await zhang.context.setOffline(false)
    await reopened.waitForStatus(['saved', 'synced'], 30_000)
    await zhaoDocument.waitForText('【重新打开后续写】')
    await reopened.waitForText('【赵磊在线修改】')
    const merged = await reopened.text()
    expect(merged).toBe(await zhaoDocument.text())
    expect(merged).toContain('【赵磊在线修改】共同段落【张伟离线补充】【重新打开后续写】')
    await saveScreenshot(zhang.page, 'offline-editing-zhangwei')
    await saveScreenshot(zhao.page, 'offline-editing-zhaolei')
    await zhang.context.close()
    await zhao.context.close()
  })
})
