import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { freePort } from './freePort'

/** A running sync server that the benchmark drives with WebsocketProvider clients. */
export interface RunningTarget {
  name: string
  pid: number
  serverUrl: string
  room: string
  params: Record<string, string>
  stop: () => Promise<void>
}

/** How to start one sync server for a benchmark run. */
export interface SyncTarget {
  name: string
  start: () => Promise<RunningTarget>
}

const root = fileURLToPath(new URL('..', import.meta.url))
const tsx = join(root, 'node_modules/.bin/tsx')

async function waitForHttp(url: string, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server at ${url} did not become ready`)
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  const exited = new Promise((resolve) => child.once('exit', resolve))
  child.kill('SIGTERM')
  await exited
}

async function api<T>(base: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${base}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Zhibu's own server as a child process: durable SQLite store, authenticated rooms. */
export const zhibuTarget: SyncTarget = {
  name: 'zhibu',
  async start() {
    const port = await freePort()
    const dataDir = mkdtempSync(join(tmpdir(), 'zhibu-bench-'))
    const child = spawn(tsx, [join(root, 'server/src/main.ts')], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'silent',
        ZHIBU_ADMIN_USER: 'bench',
        ZHIBU_ADMIN_PASSWORD: 'bench-password-2026',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    const base = `http://127.0.0.1:${port}`
    await waitForHttp(`${base}/healthz`, child)
    const { token } = await api<{ token: string }>(base, '/api/auth/login', null, {
      username: 'bench',
      password: 'bench-password-2026',
    })
    const unit = await api<{ id: string }>(base, '/api/units', token, {
      name: '基准测试支部',
      kind: 'branch',
    })
    const templates = await api<{ id: string }[] | { templates: { id: string }[] }>(
      base,
      '/api/templates',
      token,
    )
    const list = Array.isArray(templates) ? templates : templates.templates
    const templateId = list[0]?.id
    if (!templateId) throw new Error('no templates')
    const doc = await api<{ id: string }>(base, '/api/docs', token, {
      unitId: unit.id,
      templateId,
      title: '基准',
    })
    return {
      name: 'zhibu',
      pid: child.pid ?? 0,
      serverUrl: `ws://127.0.0.1:${port}/sync`,
      room: doc.id,
      params: { token },
      stop: async () => {
        await stopChild(child)
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  },
}

/** The peer: y-websocket's reference server (@y/websocket-server 0.1.1), in memory, no auth, no persistence. */
export const yWebsocketServerTarget: SyncTarget = {
  name: 'y-websocket-server',
  async start() {
    const port = await freePort()
    // The peer is a dev dependency of the server package, so resolve it from there.
    const entry = createRequire(join(root, 'server/package.json')).resolve('@y/websocket-server/package.json')
    const child = spawn(process.execPath, [join(entry, '..', 'src/server.js')], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    await waitForHttp(`http://127.0.0.1:${port}/`, child)
    return {
      name: 'y-websocket-server',
      pid: child.pid ?? 0,
      serverUrl: `ws://127.0.0.1:${port}`,
      room: 'bench-room',
      params: {},
      stop: () => stopChild(child),
    }
  },
}
