import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { demoAccounts, demoBranchId, demoMinutesId } from '../fixtures/demoAccounts'
import { DocumentPageObject } from './pages/DocumentPageObject'
import { WorkspacePage } from './pages/WorkspacePage'
import { login } from './support/api'
import { launchBrowser } from './support/launchBrowser'
import { openUserContext } from './support/openUserContext'
import { saveScreenshot } from './support/saveScreenshot'

const baseUrl = inject('baseUrl')
const forgedTitle = '被成员篡改的标题'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser.close()
})

/** A fresh connection as an editor: what the server holds, independent of any browser. */
async function observeAsEditor(): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const token = await login(baseUrl, demoAccounts.editor)
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, demoMinutesId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider }
}

describe('a member (党员)', () => {
  it('cannot type into a document, and the server drops an edit forced through the page\u2019s provider', async () => {
    const observer = await observeAsEditor()
    const lina = await openUserContext(browser, baseUrl, demoAccounts.member)
    await new WorkspacePage(lina.page).openDocument(demoBranchId, demoMinutesId)
    const document = new DocumentPageObject(lina.page)
    await document.waitForStatus(['synced'])
    await lina.page.getByTestId('document-readonly-badge').waitFor()
    expect(await document.editor.getAttribute('contenteditable')).toBe('false')
    expect(await lina.page.getByTestId('editor-toolbar').count()).toBe(0)

    const before = await document.text()
    await document.editor.click()
    await lina.page.keyboard.type('成员试图输入')
    expect(await document.text()).toBe(before)

    // Force a change into the page's own Y.Doc: its provider sends it to the server like any update.
    // The awareness marker goes out on the same socket afterwards, so once the observer sees the
    // marker, the server has already handled (and dropped) the forced update.
    await lina.page.evaluate((title) => {
      const session = (
        window as unknown as {
          __zhibu: {
            doc: { getMap(name: string): { set(key: string, value: string): void } }
            provider: { awareness: { setLocalStateField(field: string, value: string): void } }
          }
        }
      ).__zhibu
      session.doc.getMap('meta').set('title', title)
      session.provider.awareness.setLocalStateField('e2eMarker', 'after-forced-edit')
    }, forgedTitle)
    await new Promise<void>((resolve) => {
      const check = (): void => {
        const seen = [...observer.provider.awareness.getStates().values()].some(
          (state) => state['e2eMarker'] === 'after-forced-edit',
        )
        if (!seen) return
        observer.provider.awareness.off('change', check)
        resolve()
      }
      observer.provider.awareness.on('change', check)
      check()
    })
    expect(observer.doc.getMap('meta').get('title')).not.toBe(forgedTitle)

    const fresh = await observeAsEditor()
    expect(fresh.doc.getMap('meta').get('title')).not.toBe(forgedTitle)
    await saveScreenshot(lina.page, 'read-only-member')
    observer.provider.destroy()
    fresh.provider.destroy()
    await lina.context.close()
  })
})
