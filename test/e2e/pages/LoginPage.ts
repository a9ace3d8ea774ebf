import type { Page } from 'playwright-core'
import type { DemoAccount } from '../../fixtures/demoAccounts'

/** The shell's login screen (data-testids from web/src/pages/LoginPage.tsx). */
export class LoginPage {
  constructor(private readonly page: Page) {}

  async signIn(account: DemoAccount): Promise<void> {
    await this.page.goto('/')
    await this.page.getByTestId('login-username').fill(account.username)
    await this.page.getByTestId('login-password').fill(account.password)
    await this.page.getByTestId('login-submit').click()
    await this.page.getByTestId('current-user').waitFor()
  }
}
