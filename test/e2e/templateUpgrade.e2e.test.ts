import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import * as Y from 'yjs'
import { certificationTemplateId, demoAccounts, demoBranchId } from '../fixtures/demoAccounts'
import { ChecklistPageObject } from './pages/ChecklistPageObject'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { TemplateUpdatePageObject } from './pages/TemplateUpdatePageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { api, login } from './support/api'
import { connectRoom, waitForServerState } from './support/connectRoom'
import { createDocument } from './support/createDocument'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'
import { scoreOf } from './support/scoreOf'

const baseUrl = inject('baseUrl')
const addedText = '升级说明：第2版增加了佐证材料的留存要求。'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

/** The content room's answers as plain JSON, read by a fresh connection (what the server holds). */
async function answersOf(token: string, docId: string): Promise<unknown> {
  const { doc, provider } = await connectRoom(baseUrl, token, docId)
  const answers = doc.getMap('answers').toJSON()
  provider.destroy()
  doc.destroy()
  return answers
}

/** An administrator drafts the next version of the certification template, adds a paragraph and publishes it. */
async function publishNextVersion(adminToken: string): Promise<number> {
  const { docId: draftId } = await api<{ docId: string }>(
    baseUrl,
    'POST',
    `/api/templates/${certificationTemplateId}/drafts`,
    { unitId: 'demo-jiguan' },
    adminToken,
  )
  const { doc, provider } = await connectRoom(baseUrl, adminToken, draftId)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(addedText)])
  const fragment = doc.getXmlFragment('default')
  fragment.insert(fragment.length, [paragraph])
  await waitForServerState(baseUrl, adminToken, draftId, (draft) =>
    draft.getXmlFragment('default').toJSON().includes(addedText),
  )
  provider.destroy()
  doc.destroy()
  const { version } = await api<{ version: number }>(
    baseUrl,
    'POST',
    `/api/templates/${certificationTemplateId}/publish`,
    { draftDocId: draftId, note: 'e2e: 增加说明' },
    adminToken,
  )
  return version
}

describe('upgrading a document to a new template version', () => {
  it('applies an upgrade queued offline and keeps every answer and the score', async () => {
    const zhangToken = await login(baseUrl, demoAccounts.editor)
    const adminToken = await login(baseUrl, demoAccounts.admin)
    const docId = await createDocument(baseUrl, zhangToken, {
      unitId: demoBranchId,
      templateId: certificationTemplateId,
      title: '标准化认证（模板升级）',
    })
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    await new WorkspacePage(zhang.page).openDocument(demoBranchId, docId)
    const document = new DocumentPageObject(zhang.page)
    await document.waitForStatus(['synced', 'saved'])
    await zhang.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    const form = new ChecklistPageObject(zhang.page)
    await form.markAnswered('tiantai.zuzhi.1')
    await form.tickRule('tiantai.zuzhi.3', 'no-secretary')
    await form.chooseLevel('tiantai.duiwu.5', 'good')
    await form.row('tiantai.zuzhi.1').locator('[data-control="note"]').fill('支部设置文件齐全')
    await document.waitForStatus(['saved', 'synced'])
    const answersBefore = await answersOf(zhangToken, docId)
    const scoreBefore = await scoreOf(baseUrl, zhangToken, docId)
    expect(Object.keys(answersBefore as object)).toHaveLength(3)

    const version = await publishNextVersion(adminToken)
    await zhang.page.reload()
    const banner = new TemplateUpdatePageObject(zhang.page)
    await banner.banner.waitFor()
    expect(await banner.banner.textContent()).toContain(`最新 v${version}`)
    const diff = await banner.openDiff()
    expect(diff).toContain('新增')
    expect(diff).toContain(addedText)
    await saveScreenshot(zhang.page, 'template-upgrade-diff')
    await banner.closeDiff()

    // A member is told about the update but cannot apply it.
    const lina = await openUserContext(browser, baseUrl, demoAccounts.member)
    await new WorkspacePage(lina.page).openDocument(demoBranchId, docId)
    const linaBanner = new TemplateUpdatePageObject(lina.page)
    await linaBanner.banner.waitFor()
    expect(await linaBanner.applyButton.count()).toBe(0)
    expect(await linaBanner.viewDiffButton.count()).toBe(0)
    await lina.context.close()

    // 应用 while offline: it waits in the outbox and is sent when the network returns.
    await zhang.context.setOffline(true)
    await document.waitForStatus(['offline'])
    await banner.applyButton.click()
    await zhang.page.getByText('已离线排队').first().waitFor()
    await zhang.context.setOffline(false)
    await document.waitForText(addedText, 30_000)
    await banner.banner.waitFor({ state: 'hidden' })

    const update = await api<{ current: number; latest: number }>(
      baseUrl,
      'GET',
      `/api/docs/${docId}/template-update`,
      undefined,
      zhangToken,
    )
    expect(update.current).toBe(version)
    expect(await answersOf(zhangToken, docId)).toEqual(answersBefore)
    expect(await scoreOf(baseUrl, zhangToken, docId)).toEqual(scoreBefore)
    await form.waitChecked('tiantai.zuzhi.3', '[data-rule-id="no-secretary"]')
    await form.waitChecked('tiantai.duiwu.5', '[data-level-id="good"]')
    expect(await form.row('tiantai.zuzhi.1').locator('[data-control="note"]').inputValue()).toBe(
      '支部设置文件齐全',
    )
    await saveScreenshot(zhang.page, 'template-upgrade-applied')
    await zhang.context.close()
  })
})
