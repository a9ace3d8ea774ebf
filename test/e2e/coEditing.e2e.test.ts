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

describe('co-editing the 支委会 minutes', () => {
  it('shows each editor the other\u2019s text and caret within a second', async () => {
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    const zhao = await openUserContext(browser, baseUrl, demoAccounts.secondEditor)
    await new WorkspacePage(zhang.page).openDocument(demoBranchId, demoMinutesId)
    await new WorkspacePage(zhao.page).openDocument(demoBranchId, demoMinutesId)
    const zhangDocument = new DocumentPageObject(zhang.page)
    const zhaoDocument = new DocumentPageObject(zhao.page)
    await zhangDocument.waitForStatus(['synced', 'saved'])
    await zhaoDocument.waitForStatus(['synced', 'saved'])

    await zhangDocument.appendParagraph('张伟：本月组织生活会定于周五召开。')
    await zhaoDocument.waitForText('本月组织生活会定于周五召开', 1_000)
    await zhaoDocument.caretOf(demoAccounts.editor.displayName).waitFor({ timeout: 1_000 })

    await zhaoDocument.appendParagraph('赵磊：请各党小组提前报送名单。')
    await zhangDocument.waitForText('请各党小组提前报送名单', 1_000)
    await zhangDocument.caretOf(demoAccounts.secondEditor.displayName).waitFor({ timeout: 1_000 })

    await zhangDocument.waitForStatus(['saved'])
    await zhaoDocument.waitForStatus(['saved'])
    expect(await zhangDocument.text()).toBe(await zhaoDocument.text())
    await expect(zhang.page.getByTestId('presence-avatar').count()).resolves.toBe(2)
    await saveScreenshot(zhang.page, 'co-editing-zhangwei')
    await saveScreenshot(zhao.page, 'co-editing-zhaolei')
    await zhang.context.close()
    await zhao.context.close()
  })
})
