import { existsSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import * as Y from 'yjs'
import { apiRequest } from '../apiRequest'
import { SyncClient } from '../load/SyncClient'
import { percentile } from '../percentile'
import type { ServerHandle } from '../serverTargets'

/** Figure 7 (ours only: neither peer has a user interface). */
export interface BrowserRun {
  keystrokeP50: number
  keystrokeP99: number
  /** Gzipped bytes of the scripts index.html loads up front (entry and modulepreloads), KiB. */
  initialJsKiB: number
  offlineOpenMs: number
  checklistBlocks: number
  keystrokeSamples: number
}

const webDist = fileURLToPath(new URL('../../web/dist/', import.meta.url))
const admin = { username: 'bench', password: 'bench-password-2026' }
const keystrokes = 60

/** The app shell's initial JavaScript: the entry script and its modulepreloads, from the built index.html. */
export function initialJavaScriptKiB(): number {
  const indexPath = join(webDist, 'index.html')
  if (!existsSync(indexPath)) return Number.NaN
  const html = readFileSync(indexPath, 'utf8')
  const scripts = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => join(webDist, match[1]!.replace(/^\//, '')))
  let bytes = 0
  for (const file of new Set(scripts)) {
    if (existsSync(file) && statSync(file).isFile()) bytes += gzipSync(readFileSync(file)).byteLength
  }
  return bytes / 1024
}

/** About `words` words of minutes (two characters a word) as Tiptap paragraphs, keeping three checklist blocks. */
function fillDocument(doc: Y.Doc, words: number): number {
  const fragment = doc.getXmlFragment('default')
  let checklists = 0
  doc.transact(() => {
    for (let index = fragment.length - 1; index >= 0; index -= 1) {
      const node = fragment.get(index)
      if (node instanceof Y.XmlElement && node.nodeName === 'checklistBlock') {
        checklists += 1
        if (checklists > 3) fragment.delete(index, 1)
      }
    }
    const sentence = '会议听取了支部委员会关于党员教育管理工作的汇报，与会同志结合实际进行了认真讨论。'
    for (let written = 0; written < words; written += sentence.length / 2) {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(sentence)])
      fragment.insert(fragment.length, [paragraph])
    }
  })
  return Math.min(checklists, 3)
}

/**
 * Headless Debian chromium against ours: a certification document (it has scored checklist blocks) filled to
 * `words` words, with a collaborator typing elsewhere in it; keystroke-to-paint is keydown to the frame after the
 * editor's DOM changed. Then the same page opened offline from the service worker and IndexedDB cache.
 */
export async function runBrowser(server: ServerHandle, { words }: { words: number }): Promise<BrowserRun> {
  // Without the built app the server has no page to serve, and the login form would only time out.
  if (!existsSync(join(webDist, 'index.html'))) {
    throw new Error('web/dist is missing: run `pnpm build` first (`pnpm start` and `pnpm test` build it too)')
  }
  const base = `http://127.0.0.1:${server.port}`
  const { token } = await apiRequest<{ token: string }>(base, 'POST', '/api/auth/login', null, admin)
  const { units } = await apiRequest<{ units: { id: string }[] }>(base, 'GET', '/api/units', token)
  const unitId = units[0]!.id
  const { id: docId } = await apiRequest<{ id: string }>(base, 'POST', '/api/docs', token, {
    unitId,
    templateId: 'tiantai-certification',
    title: '基准会议记录',
  })
  const collaboratorDoc = new Y.Doc()
  const collaborator = await SyncClient.connect(server, docId, 0, { doc: collaboratorDoc })
  const checklistBlocks = fillDocument(collaboratorDoc, words)

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  let typing: NodeJS.Timeout | undefined
  try {
    const context = await browser.newContext({
      baseURL: base,
      locale: 'zh-CN',
      viewport: { width: 1400, height: 900 },
    })
    const page = await context.newPage()
    await page.goto('/')
    await page.getByTestId('login-username').fill(admin.username)
    await page.getByTestId('login-password').fill(admin.password)
    await page.getByTestId('login-submit').click()
    await page.getByTestId('current-user').waitFor()
    const hash = `#/u/${encodeURIComponent(unitId)}/d/${encodeURIComponent(docId)}`
    await page.evaluate((target) => (window.location.hash = target), hash)
    const editor = page.getByTestId('document-editor')
    await editor.waitFor()
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="document-editor"]')?.textContent ?? '').length > 10_000,
      undefined,
      { timeout: 60_000 },
    )

    // The collaborator types twice a second into the first paragraph while we type at the end.
    const firstText = collaboratorDoc
      .getXmlFragment('default')
      .toArray()
      .find((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'paragraph')
      ?.get(0)
    typing = setInterval(() => {
      if (firstText instanceof Y.XmlText) firstText.insert(0, '改')
    }, 500)

    await page.evaluate(() => {
      const target = document.querySelector('[data-testid="document-editor"]')!
      const samples: number[] = []
      let pressedAt: number | undefined
      ;(window as unknown as { __keystrokes: number[] }).__keystrokes = samples
      document.addEventListener('keydown', () => (pressedAt = performance.now()), true)
      new MutationObserver(() => {
        if (pressedAt === undefined) return
        const started = pressedAt
        pressedAt = undefined
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - started), 0))
      }).observe(target, { childList: true, subtree: true, characterData: true })
    })
    await editor.locator('p').last().click()
    await page.keyboard.press('End')
    for (let index = 0; index < keystrokes; index += 1) {
      // An ASCII key: Playwright sends characters outside the keyboard layout as insertText, without keydown.
      await page.keyboard.press('a')
      await page.waitForTimeout(80)
    }
    clearInterval(typing)
    typing = undefined
    const samples = await page.evaluate(() => (window as unknown as { __keystrokes: number[] }).__keystrokes)

    // Offline open: the shell from the service worker, the document from IndexedDB.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined))
    await page.waitForTimeout(1_000)
    await context.setOffline(true)
    const started = performance.now()
    await page.reload()
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="document-editor"]')?.textContent ?? '').length > 10_000,
      undefined,
      { timeout: 60_000 },
    )
    const offlineOpenMs = performance.now() - started
    await context.close()
    return {
      keystrokeP50: percentile(samples, 50),
      keystrokeP99: percentile(samples, 99),
      initialJsKiB: initialJavaScriptKiB(),
      offlineOpenMs,
      checklistBlocks,
      keystrokeSamples: samples.length,
    }
  } finally {
    if (typing !== undefined) clearInterval(typing)
    await browser.close()
    await collaborator.close()
    collaboratorDoc.destroy()
  }
}
