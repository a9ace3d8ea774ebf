import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '../api/ApiResult'
import { languageStore } from '../i18n/languageStore'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { Session } from '../storage/Session'
import { createPageHarness } from '../testing/createPageHarness'
import { LoginPage } from './LoginPage'

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  page = createPageHarness()
})
afterEach(() => page.unmount())

describe('login page', () => {
  it('renders in Chinese by default with stable test ids', () => {
    page.render(<LoginPage onLoggedIn={() => undefined} />, new MemoryWorkspaceStore(), {})
    expect(page.container.textContent).toContain('支部协同文档')
    expect(page.container.textContent).toContain('用户名')
    expect(page.container.textContent).toContain('密码')
    expect(page.byTestId('login-submit').textContent).toBe('登录')
    expect(page.byTestId('login-username').tagName).toBe('INPUT')
    expect(page.byTestId<HTMLInputElement>('login-password').type).toBe('password')
  })

  it('switches to English when the language is changed', async () => {
    page.render(<LoginPage onLoggedIn={() => undefined} />, new MemoryWorkspaceStore(), {})
    languageStore.set('en')
    await page.settle()
    expect(page.byTestId('login-submit').textContent).toBe('Sign in')
    expect(page.container.textContent).toContain('Username')
  })

  it('stores the session and reports it after a successful login', async () => {
    const store = new MemoryWorkspaceStore()
    const session: Session = { token: 'token-1', user: { id: 'u1', name: '王芳' } }
    const calls: string[] = []
    const login = (username: string, password: string): Promise<ApiResult<Session>> => {
      calls.push(`${username}/${password}`)
      return Promise.resolve({ ok: true, value: session })
    }
    const seen: Session[] = []
    page.render(<LoginPage onLoggedIn={(value) => seen.push(value)} />, store, { login })
    page.type('login-username', ' wangfang ')
    page.type('login-password', 'secret-pass')
    page.click('login-submit')
    await page.settle()
    expect(calls).toEqual(['wangfang/secret-pass'])
    expect(seen).toEqual([session])
    expect(await store.getSession()).toEqual(session)
  })

  it('says the credentials are wrong in Chinese on a 401', async () => {
    const login = (): Promise<ApiResult<Session>> =>
      Promise.resolve({ ok: false, error: { status: 401, code: 'INVALID_CREDENTIALS', message: 'bad' } })
    page.render(<LoginPage onLoggedIn={() => undefined} />, new MemoryWorkspaceStore(), { login })
    page.type('login-username', 'lisi')
    page.type('login-password', 'wrong')
    page.click('login-submit')
    await page.settle()
    expect(page.byTestId('login-error').textContent).toContain('用户名或密码错误')
  })
})
