import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/** How a spawned server ended. */
export interface ProcessExit {
  code: number | null
  signal: NodeJS.Signals | null
  /** `Date.now()` when the exit was seen. */
  at: number
}

/** A server running as its own process. */
export interface ServerProcess {
  child: ChildProcess
  url: string
  /** `ws://host:port/sync` */
  syncUrl: string
  exited: Promise<ProcessExit>
  /** The last log lines (stdout and stderr), for failure messages. */
  recentOutput(): string
}

/** Where a spawned server keeps its data. */
export interface ServerProcessSettings {
  /** SQLite lives in `<dataDir>/zhibu.sqlite` (and the server needs the folder even on Postgres). */
  dataDir: string
  /** Postgres instead of SQLite. */
  databaseUrl?: string | undefined
  /** More environment (REDIS_URL, MAX_FRAME_BYTES…). */
  env?: Record<string, string>
}

/**
 * Starts `server/src/main.ts` exactly as production does, as `node --import tsx` (one process: the tsx CLI would put
 * a wrapper in front, and SIGKILL or SIGTERM to the wrapper is not a signal to the server). Port 0 on 127.0.0.1,
 * administrator `admin` / `admin-password`. Resolves once it logs `listening`.
 */
export async function spawnServerProcess(settings: ServerProcessSettings): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      VITEST: undefined,
      VITEST_POOL_ID: undefined,
      VITEST_WORKER_ID: undefined,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: settings.dataDir,
      DATABASE_URL: settings.databaseUrl,
      REDIS_URL: undefined,
      LOG_LEVEL: 'info',
      ZHIBU_ADMIN_USER: 'admin',
      ZHIBU_ADMIN_PASSWORD: 'admin-password',
      ...settings.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  const keep = (line: string): void => {
    lines.push(line)
    if (lines.length > 60) lines.shift()
  }
  const exited = new Promise<ProcessExit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  )
  createInterface({ input: child.stderr }).on('line', keep)
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      keep(line)
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string }
        if (entry.msg === 'listening' && entry.url !== undefined) resolve(entry.url)
      } catch {
        // not a log line
      }
    })
    void exited.then((exit) =>
      reject(new Error(`server exited (${exit.code ?? exit.signal}) before listening:\n${lines.join('\n')}`)),
    )
  })
  return {
    child,
    url,
    syncUrl: `${url.replace('http', 'ws')}/sync`,
    exited,
    recentOutput: () => lines.join('\n'),
  }
}
