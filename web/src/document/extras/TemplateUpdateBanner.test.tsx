import { App } from 'antd'
import type { ReactNode } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { ApiResult } from '../../api/ApiResult'
import type { DocumentExtrasApi, TemplateUpdate, UpgradeResult } from '../../api/DocumentExtrasApi'
import { MemoryWorkspaceStore } from '../../storage/MemoryWorkspaceStore'
import { createPageHarness } from '../../testing/createPageHarness'
import { TemplateUpdateBanner } from './TemplateUpdateBanner'

const update: TemplateUpdate = {
  current: '1',
  latest: '2',
  diff: {
    changes: [
      { kind: 'added', subject: 'item', id: 'x.9', title: '新增条目', to: '新增条目' },
      { kind: 'removed', subject: 'item', id: 'x.3', title: '旧条目', from: '旧条目' },
    ],
  },
}

function fakeUpgradeApi(upgradeAnswer: ApiResult<UpgradeResult>) {
  const upgrades: string[] = []
  const api = {
    templateUpdate: () => Promise.resolve({ ok: true, value: update }),
    upgrade: (_docId: string, version: string) => {
      upgrades.push(version)
      return Promise.resolve(upgradeAnswer)
    },
  } as unknown as DocumentExtrasApi
  return { api, upgrades }
}

/** The banner inside antd's App, as the real shell renders it (messages need App's context). */
function inApp(node: ReactNode): ReactNode {
  return <App>{node}</App>
}

function docAt(version: number): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap('meta').set('templateVersion', version)
  return doc
}

let harness: ReturnType<typeof createPageHarness> | null = null
afterEach(() => {
  harness?.unmount()
  harness = null
  Object.defineProperty(navigator, 'onLine', { value: true, configurable: true })
})

describe('模板有更新 banner', () => {
  it('shows editors the grouped diff and applies the latest version', async () => {
    harness = createPageHarness()
    const store = new MemoryWorkspaceStore()
    const server = fakeUpgradeApi({ ok: true, value: { templateVersion: '2', archived: 1, applied: true } })
    harness.render(
      inApp(<TemplateUpdateBanner docId="d1" doc={docAt(1)} api={server.api} store={store} canApply />),
      store,
      {},
    )
    await harness.settle()
    expect(harness.byTestId('template-update-banner').textContent).toContain('模板有更新')
    harness.click('template-update-diff')
    await harness.settle()
    const diff = document.querySelector('[data-testid="template-update-diff-list"]')
    expect(diff?.querySelector('[data-kind="added"]')?.textContent).toContain('新增（1）')
    expect(diff?.querySelector('[data-kind="removed"]')?.textContent).toContain('旧条目')
    harness.click('template-update-apply')
    await harness.settle()
    expect(server.upgrades).toEqual(['2'])
  })

  it('queues the upgrade in the outbox when offline', async () => {
    Object.defineProperty(navigator, 'onLine', { value: false, configurable: true })
    harness = createPageHarness()
    const store = new MemoryWorkspaceStore()
    const server = fakeUpgradeApi({ ok: true, value: { templateVersion: '2', archived: 0, applied: true } })
    harness.render(
      inApp(<TemplateUpdateBanner docId="d1" doc={docAt(1)} api={server.api} store={store} canApply />),
      store,
      {},
    )
    await harness.settle()
    harness.click('template-update-apply')
    await harness.settle()
    expect(server.upgrades).toEqual([])
    expect((await store.listOutbox()).map((entry) => entry.action)).toEqual([
      { type: 'upgradeDocument', body: { docId: 'd1', toVersion: '2' } },
    ])
    expect(harness.byTestId('template-update-banner').textContent).toContain('已离线排队')
  })

  it('gives other roles the notice only, and hides once the document is at the latest version', async () => {
    harness = createPageHarness()
    const store = new MemoryWorkspaceStore()
    const server = fakeUpgradeApi({ ok: true, value: { templateVersion: '2', archived: 0, applied: true } })
    const doc = docAt(1)
    harness.render(
      inApp(<TemplateUpdateBanner docId="d1" doc={doc} api={server.api} store={store} canApply={false} />),
      store,
      {},
    )
    await harness.settle()
    expect(harness.byTestId('template-update-banner').textContent).toContain('请支委查看差异')
    expect(harness.container.querySelector('[data-testid="template-update-apply"]')).toBeNull()
    doc.getMap('meta').set('templateVersion', 2)
    await harness.settle()
    expect(harness.container.querySelector('[data-testid="template-update-banner"]')).toBeNull()
  })
})
