import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

/**
 * Runs in its own process: one plain socket that reads everything the server sends and sends nothing, and prints
 * `open` and then `close <code>`. CommonJS so `node -e` can run it from the repository root, where `ws` resolves.
 */
const observerScript = `
const WebSocket = require('ws')
const ws = new WebSocket(process.argv[1])
ws.on('open', () => console.log('open'))
ws.on('close', (code) => { console.log('close ' + code); process.exit(0) })
ws.on('error', (error) => console.error(String(error)))
`

/**
 * A sync socket in a process of its own, which is therefore never too busy to read its socket: unlike the editing
 * clients, which share the one busy test process, it answers the server's close frame at once, so the close code
 * it sees is what the server sent rather than what the test process had time to read.
 */
export class CloseObserver {
  private constructor(
    private readonly child: ChildProcess,
    readonly closed: Promise<number>,
  ) {}

  /** Opens `${syncUrl}/${docId}?token=…` and resolves once the socket is open. */
  static async open(syncUrl: string, docId: string, token: string): Promise<CloseObserver> {
    const url = `${syncUrl}/${encodeURIComponent(docId)}?token=${encodeURIComponent(token)}`
    const child = spawn(process.execPath, ['-e', observerScript, url], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    const lines = createInterface({ input: child.stdout })
    let opened: () => void = () => undefined
    const open = new Promise<void>((resolve, reject) => {
      opened = resolve
      child.once('exit', (code) =>
        reject(new Error(`close observer exited (${code}) before its socket opened`)),
      )
    })
    const closed = new Promise<number>((resolve) => {
      lines.on('line', (line) => {
        if (line === 'open') opened()
        else if (line.startsWith('close ')) resolve(Number(line.slice('close '.length)))
      })
      // An observer that dies without printing a code reports -1, which no check accepts.
      child.once('exit', () => resolve(-1))
    })
    await open
    return new CloseObserver(child, closed)
  }

  /** The close code, or -1 when the socket was still open after `timeoutMs`. */
  async closeCode(timeoutMs: number): Promise<number> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => resolve(-1), timeoutMs)
    })
    try {
      return await Promise.race([this.closed, timeout])
    } finally {
      clearTimeout(timer)
    }
  }

  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
  }
}
