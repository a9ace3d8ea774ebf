import { chromium } from 'playwright-core'
import type { Browser } from 'playwright-core'

/** Debian's chromium, with the flags our CI machines need (no sandbox in containers, no background traffic). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
