import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ApiBody } from './ApiBody'
import type { RunningServer } from '../RunningServer'
import type { StartServerOptions } from '../StartServerOptions'
import { startServer } from '../startServer'
import { fixtureDomain } from './fixtureDomain'

/** A real server on port 0 in a temp data dir, with quick timers, plus a JSON client for its API. */
export class TestServer {
  private constructor(
    readonly running: RunningServer,
    readonly options: StartServerOptions,
  ) {}

  static async start(overrides: Partial<StartServerOptions> = {}): Promise<TestServer> {
    const options: StartServerOptions = {
      port: 0,
      dataDir: mkdtempSync(path.join(tmpdir(), 'zhibu-server-')),
      admin: { username: 'admin', password: 'admin-password' },
      domain: fixtureDomain(),
      webDistDir: path.join(tmpdir(), 'zhibu-no-web-dist'),
      ...overrides,
      sync: { roomIdleMs: 100, accessRecheckMs: 500, ...overrides.sync },
    }
    return new TestServer(await startServer(options), options)
  }

  /** Starts another server on the same data dir (restart). */
  async restart(): Promise<TestServer> {
    await this.running.close()
    return TestServer.start({ ...this.options })
  }

  get url(): string {
    return this.running.url
  }

  get syncUrl(): string {
    return `${this.running.url.replace('http', 'ws')}/sync`
  }

  async request(
    method: string,
    route: string,
    options: { token?: string | undefined; body?: unknown; rawBody?: string } = {},
  ): Promise<{ status: number; body: ApiBody }> {
    const headers: Record<string, string> = {}
    if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`
    let body: string | undefined
    if (options.rawBody !== undefined || options.body !== undefined) {
      headers['content-type'] = 'application/json'
      body = options.rawBody ?? JSON.stringify(options.body)
    }
    const response = await fetch(`${this.url}${route}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown
    try {
      parsed = text === '' ? undefined : JSON.parse(text)
    } catch {
      parsed = text
    }
    return { status: response.status, body: parsed as ApiBody }
  }

  async login(username: string, password: string): Promise<string> {
    const response = await this.request('POST', '/api/auth/login', { body: { username, password } })
    if (response.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(response.body)}`)
    return response.body.token
  }

  close(): Promise<void> {
    return this.running.close()
  }
}
