import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiResult } from '../api/ApiResult'
import { MemoryWorkspaceStore } from '../storage/MemoryWorkspaceStore'
import { createPageHarness } from '../testing/createPageHarness'
import { type CachedReportState, useCachedReport } from './useCachedReport'

let page: ReturnType<typeof createPageHarness>
let seen: CachedReportState<string> | undefined

function Probe({
  store,
  online,
  load,
}: {
  store: MemoryWorkspaceStore
  online: boolean
  load: () => Promise<ApiResult<string>>
}) {
  seen = useCachedReport(store, 'scorecard:b1:2026', online, load)
  return null
}

beforeEach(() => {
  seen = undefined
  page = createPageHarness()
})
afterEach(() => page.unmount())

describe('cached unit reports', () => {
  it('shows the device’s copy while the server answers, then the fresh answer, and caches it', async () => {
    const store = new MemoryWorkspaceStore()
    await store.putCachedReport({
      key: 'scorecard:b1:2026',
      value: '旧',
      fetchedAt: '2026-11-01T00:00:00.000Z',
    })
    let answer: (result: ApiResult<string>) => void = () => undefined
    const pending = new Promise<ApiResult<string>>((resolve) => (answer = resolve))
    page.render(<Probe store={store} online load={() => pending} />, store, {})
    await page.settle()
    expect(seen).toMatchObject({ value: '旧', stale: false, loading: true })
    act(() => answer({ ok: true, value: '新' }))
    await page.settle()
    expect(seen).toMatchObject({ value: '新', stale: false, loading: false, error: null })
    expect((await store.getCachedReport('scorecard:b1:2026'))?.value).toBe('新')
  })

  it('keeps the copy marked stale when the network fails, and shows a refusal as an error', async () => {
    const store = new MemoryWorkspaceStore()
    await store.putCachedReport({
      key: 'scorecard:b1:2026',
      value: '旧',
      fetchedAt: '2026-11-01T00:00:00.000Z',
    })
    const network = { ok: false, error: { status: 0, code: 'NETWORK', message: 'down' } } as const
    page.render(<Probe store={store} online load={() => Promise.resolve(network)} />, store, {})
    await page.settle()
    expect(seen).toMatchObject({
      value: '旧',
      stale: true,
      fetchedAt: '2026-11-01T00:00:00.000Z',
      loading: false,
    })
    page.unmount()
    page = createPageHarness()
    const refused = { ok: false, error: { status: 403, code: 'FORBIDDEN', message: '无权' } } as const
    page.render(<Probe store={store} online load={() => Promise.resolve(refused)} />, store, {})
    await page.settle()
    expect(seen?.error).toEqual(refused.error)
    expect(seen?.stale).toBe(false)
  })

  it('does not ask the server while offline, and asks again on reload', async () => {
    const store = new MemoryWorkspaceStore()
    let calls = 0
    const load = (): Promise<ApiResult<string>> => {
      calls++
      return Promise.resolve({ ok: true, value: `第${calls}次` })
    }
    page.render(<Probe store={store} online={false} load={load} />, store, {})
    await page.settle()
    expect(calls).toBe(0)
    expect(seen).toMatchObject({ value: undefined, stale: true, loading: false })
    page.render(<Probe store={store} online load={load} />, store, {})
    await page.settle()
    expect(seen?.value).toBe('第1次')
    act(() => seen?.reload())
    await page.settle()
    expect(seen?.value).toBe('第2次')
  })
})
