import type { Browser, BrowserContext, Page } from 'playwright-core'
import type { DemoAccount } from '../../fixtures/demoAccounts'
import { LoginPage } from '../pages/LoginPage'

/** One person's browser (own storage, service worker, IndexedDB), signed in, with the e2e hook enabled. */
export async function openUserContext(
  browser: Browser,
  baseUrl: string,
  account: DemoAccount,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
  })
  await context.addInitScript(() => window.localStorage.setItem('zhibu.e2e', '1'))
  const page = await context.newPage()
  await new LoginPage(page).signIn(account)
  return { context, page }
}
