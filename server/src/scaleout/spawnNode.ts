import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** One spawned server node. */
export interface SpawnedNode {
  child: ChildProcess
  url: string
  syncUrl: string
  exited: Promise<number | null>
}

/**
 * A server node as its own process sharing Postgres and Redis with its peers. It runs as `node --import tsx`
 * (one process, not the tsx CLI's wrapper and child) so that SIGKILL really kills the server.
 */
export async function spawnNode(settings: {
  databaseUrl: string
  redisUrl: string
  redisPrefix: string
  /** A fixed port, so a restarted node comes back where its clients reconnect; default a free one. */
  port?: number
}): Promise<SpawnedNode> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      VITEST: undefined,
      PORT: String(settings.port ?? 0),
      HOST: '127.0.0.1',
      // Unused with DATABASE_URL, but the server creates it.
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'zhibu-node-')),
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: settings.redisUrl,
      REDIS_PREFIX: settings.redisPrefix,
      LOG_LEVEL: 'info',
      ZHIBU_ADMIN_USER: 'admin',
      ZHIBU_ADMIN_PASSWORD: 'admin-password',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string }
        if (entry.msg === 'listening' && entry.url !== undefined) resolve(entry.url)
      } catch {
        // not a log line
      }
    })
    void exited.then((code) => reject(new Error(`server exited with ${code}: ${stderr}`)))
  })
  return { child, url, syncUrl: `${url.replace('http', 'ws')}/sync`, exited }
}
