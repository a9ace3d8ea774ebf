import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { appraisalTemplateId, demoAccounts, demoBranchId } from '../fixtures/demoAccounts'
import { AppraisalPageObject } from './pages/AppraisalPageObject'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { api, login } from './support/api'
import { createDocument } from './support/createDocument'
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

/** Status and error code of a call expected to be refused. */
async function refusal(path: string, token: string): Promise<{ status: number; code: string }> {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } })
  const body = (await response.json()) as { error?: { code?: string } }
  return { status: response.status, code: body.error?.code ?? '' }
}

describe('民主测评票 (secret ballot)', () => {
  it('shows a member only their own ballot, never another voter’s or the tally, in the page and the API', async () => {
    const zhangToken = await login(baseUrl, demoAccounts.editor)
    const linaToken = await login(baseUrl, demoAccounts.member)
    const zhaoToken = await login(baseUrl, demoAccounts.secondEditor)
    const docId = await createDocument(baseUrl, zhangToken, {
      unitId: demoBranchId,
      templateId: appraisalTemplateId,
      title: '2026年度民主评议党员',
    })

    // The secretary lists the branch's members in the block.
    const zhang = await openUserContext(browser, baseUrl, demoAccounts.editor)
    await new WorkspacePage(zhang.page).openDocument(demoBranchId, docId)
    await new DocumentPageObject(zhang.page).waitForStatus(['synced', 'saved'])
    const zhangBlock = new AppraisalPageObject(zhang.page)
    await zhangBlock.importMembers()
    await new DocumentPageObject(zhang.page).waitForStatus(['saved', 'synced'])
    const zhangId = await zhangBlock.memberIdOf('张伟')
    const linaId = await zhangBlock.memberIdOf('李娜')

    // Another voter casts first, through the API.
    await api(
      baseUrl,
      'PUT',
      `/api/docs/${docId}/ballot`,
      { grades: { [zhangId]: '不合格', [linaId]: '基本合格' }, notes: { [linaId]: '赵磊的意见' } },
      zhaoToken,
    )

    const lina = await openUserContext(browser, baseUrl, demoAccounts.member)
    await new WorkspacePage(lina.page).openDocument(demoBranchId, docId)
    const linaBlock = new AppraisalPageObject(lina.page)
    await linaBlock.ballotForm.waitFor()
    await linaBlock.castBallot(
      { [zhangId]: 'excellent', [linaId]: 'qualified' },
      { [zhangId]: '联系群众还需加强' },
    )
    const own = (await linaBlock.ownBallot.textContent()) ?? ''
    expect(own).toContain('优秀')
    expect(own).toContain('联系群众还需加强')
    expect(own).not.toContain('不合格')
    expect(own).not.toContain('赵磊的意见')
    expect(await linaBlock.tallyCells().count()).toBe(0)
    expect(await lina.page.locator('[data-action="reload-tally"]').count()).toBe(0)

    // After a reload the member still sees exactly her own ballot.
    await lina.page.reload()
    await linaBlock.ownBallot.waitFor()
    expect(await linaBlock.ownBallot.textContent()).toBe(own)
    expect(await linaBlock.tallyCells().count()).toBe(0)

    // The API agrees: her own ballot only, and no tally for a member.
    const ballot = await api<{ grades: Record<string, string>; notes: Record<string, string> }>(
      baseUrl,
      'GET',
      `/api/docs/${docId}/ballot`,
      undefined,
      linaToken,
    )
    expect(ballot.grades).toEqual({ [zhangId]: '优秀', [linaId]: '合格' })
    expect(ballot.notes).toEqual({ [zhangId]: '联系群众还需加强' })
    expect(await refusal(`/api/docs/${docId}/tally`, linaToken)).toEqual({ status: 403, code: 'FORBIDDEN' })

    // The committee sees the counts of both ballots, with no voter named.
    await zhangBlock.reloadTally()
    await zhangBlock.tallyOf(zhangId, 'excellent').filter({ hasText: '1' }).waitFor()
    expect(await zhangBlock.tallyOf(zhangId, 'unqualified').textContent()).toBe('1')
    expect(await zhangBlock.tallyOf(linaId, 'qualified').textContent()).toBe('1')
    expect(await zhangBlock.block.textContent()).toContain('已收回测评票2张')
    await linaBlock.ownBallot.scrollIntoViewIfNeeded()
    await saveScreenshot(lina.page, 'appraisal-ballot-lina')
    await zhangBlock.tallyOf(zhangId, 'excellent').scrollIntoViewIfNeeded()
    await saveScreenshot(zhang.page, 'appraisal-tally-zhangwei')
    await lina.context.close()
    await zhang.context.close()
  })
})
