import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '../api/ApiResult'
import { languageStore } from '../i18n/languageStore'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import type { Session } from '../storage/Session'
import { createPageHarness } from '../testing/createPageHarness'
import { SetupPage } from './SetupPage'

let page: ReturnType<typeof createPageHarness>

beforeEach(() => {
  localStorage.clear()
  languageStore.reload()
  page = createPageHarness()
})
afterEach(() => page.unmount())

describe('first-run setup page', () => {
  it('creates the administrator and signs them in when the server answers with only an id', async () => {
    const store = new MemoryWorkspaceStore()
    const session: Session = { token: 'admin-token', user: { id: 'admin-1', name: '系统管理员' } }
    const created: unknown[] = []
    const api = {
      setup: (body: unknown): Promise<ApiResult<Session | null>> => {
        created.push(body)
        return Promise.resolve({ ok: true, value: null })
      },
      login: (): Promise<ApiResult<Session>> => Promise.resolve({ ok: true, value: session }),
    }
    const done: (Session | null)[] = []
    page.render(<SetupPage onDone={(value) => done.push(value)} />, store, api)
    expect(page.container.textContent).toContain('创建管理员')
    page.type('setup-username', 'admin')
    page.type('setup-display-name', '系统管理员')
    page.type('setup-password', 'long-enough-password')
    page.click('setup-submit')
    await page.settle()
    expect(created).toEqual([
      { username: 'admin', displayName: '系统管理员', password: 'long-enough-password' },
    ])
    expect(done).toEqual([session])
    expect(await store.getSession()).toEqual(session)
  })

  it('refuses a password shorter than 8 characters without calling the server', async () => {
    const calls: unknown[] = []
    const api = {
      setup: (body: unknown) => (calls.push(body), Promise.resolve({ ok: true as const, value: null })),
    }
    page.render(<SetupPage onDone={() => undefined} />, new MemoryWorkspaceStore(), api)
    page.type('setup-username', 'admin')
    page.type('setup-display-name', '管理员')
    page.type('setup-password', 'short')
    page.click('setup-submit')
    await page.settle()
    expect(calls).toEqual([])
    expect(page.container.textContent).toContain('密码至少 8 位')
  })
})
