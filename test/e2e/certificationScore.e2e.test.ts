import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { certificationTemplateId, demoAccounts, demoBranchId } from '../fixtures/demoAccounts'
import { ChecklistPageObject } from './pages/ChecklistPageObject'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { login } from './support/api'
import { createDocument } from './support/createDocument'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'
import { scoreOf } from './support/scoreOf'

const baseUrl = inject('baseUrl')
let browser: Browser
let token: string

beforeAll(async () => {
  browser = await launchBrowser()
  token = await login(baseUrl, demoAccounts.editor)
})

afterAll(async () => {
  await browser.close()
})

async function openTogether(docId: string) {
  const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
  const zhao = await openUserContext(browser, baseUrl, demoAccounts.secondEditor)
  for (const user of [zhang, zhao]) {
    await new WorkspacePage(user.page).openDocument(demoBranchId, docId)
    await new DocumentPageObject(user.page).waitForStatus(['synced', 'saved'])
    await user.page.getByTestId('summary-total').waitFor()
  }
  return { zhang, zhao }
}

describe('the 标准化认证 form filled by two people', () => {
  it('gives both, one of them offline for a while, the same total and grade as the server', async () => {
    const docId = await createDocument(baseUrl, token, {
      unitId: demoBranchId,
      templateId: certificationTemplateId,
      title: '标准化认证（两人填写）',
    })
    const { zhang, zhao } = await openTogether(docId)
    const zhangForm = new ChecklistPageObject(zhang.page)
    const zhaoForm = new ChecklistPageObject(zhao.page)
    await zhang.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))

    await zhangForm.markAnswered('tiantai.zuzhi.1')
    await zhaoForm.waitChecked('tiantai.zuzhi.1', '[data-control="answered"]')

    // 张伟 loses the network and keeps scoring; 赵磊 scores other items meanwhile.
    await zhang.context.setOffline(true)
    await new DocumentPageObject(zhang.page).waitForStatus(['offline'])
    await zhangForm.tickRule('tiantai.zuzhi.3', 'no-secretary')
    await zhangForm.chooseLevel('tiantai.duiwu.5', 'fair')
    await zhaoForm.tickRule('tiantai.zuzhi.2', 'no-groups')
    await zhaoForm.markAnswered('tiantai.zuzhi.4')
    await new DocumentPageObject(zhao.page).waitForStatus(['saved', 'synced'])

    await zhang.context.setOffline(false)
    await new DocumentPageObject(zhang.page).waitForStatus(['saved', 'synced'], 30_000)
    await zhaoForm.waitChecked('tiantai.duiwu.5', '[data-level-id="fair"]')
    await zhangForm.waitChecked('tiantai.zuzhi.2', '[data-rule-id="no-groups"]')

    const server = await scoreOf(baseUrl, token, docId)
    await zhangForm.waitForSummary(server.total, server.grade)
    await zhaoForm.waitForSummary(server.total, server.grade)
    expect(await zhangForm.summary()).toEqual({
      total: server.total,
      grade: server.grade,
      passed: server.passed,
    })
    expect(await zhaoForm.summary()).toEqual(await zhangForm.summary())
    await zhangForm.summaryTotal.scrollIntoViewIfNeeded()
    await zhaoForm.summaryTotal.scrollIntoViewIfNeeded()
    await saveScreenshot(zhang.page, 'certification-score-zhangwei')
    await saveScreenshot(zhao.page, 'certification-score-zhaolei')
    await zhang.context.close()
    await zhao.context.close()
  })

  it('fails the form for both at once when a veto (一票否决) is ticked', async () => {
    const docId = await createDocument(baseUrl, token, {
      unitId: demoBranchId,
      templateId: certificationTemplateId,
      title: '标准化认证（否决项）',
    })
    const { zhang, zhao } = await openTogether(docId)
    const zhangForm = new ChecklistPageObject(zhang.page)
    const zhaoForm = new ChecklistPageObject(zhao.page)
    await zhangForm.markAnswered('tiantai.zuzhi.1')
    await zhaoForm.waitChecked('tiantai.zuzhi.1', '[data-control="answered"]')

    await zhaoForm.triggerVeto('tiantai.entry.discipline')
    await zhangForm.summaryVetoes.waitFor()
    await zhaoForm.summaryVetoes.waitFor()
    await new DocumentPageObject(zhao.page).waitForStatus(['saved', 'synced'])
    const server = await scoreOf(baseUrl, token, docId)
    expect(server.passed).toBe(false)
    expect(server.vetoes).toHaveLength(1)
    for (const form of [zhangForm, zhaoForm]) {
      expect(await form.summary()).toEqual({ total: server.total, grade: server.grade, passed: false })
      expect(await form.summaryVetoes.textContent()).toContain('支部班子成员有违法违纪')
    }
    await zhangForm.summaryVetoes.scrollIntoViewIfNeeded()
    await saveScreenshot(zhang.page, 'certification-veto-zhangwei')
    await zhang.context.close()
    await zhao.context.close()
  })
})
