import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import type { FloodReport, FloodSettings } from './flooder'

const here = path.dirname(fileURLToPath(import.meta.url))
const repoRoot = path.resolve(here, '../../../..')

/** A running flooder process: `flood()` and `pause()` switch it, `stop()` ends it with its report. */
export interface Flooder {
  flood(): void
  pause(): void
  stop(): Promise<FloodReport>
}

export async function spawnFlooder(settings: FloodSettings): Promise<Flooder> {
  // At the lowest CPU priority: on the 2-CPU test machine the attacker shares CPUs with the server, which a real
  // (remote) attacker does not; niced, it floods with whatever CPU the server leaves idle.
  const child = spawn(
    'nice',
    [
      '-n',
      '19',
      path.join(repoRoot, 'node_modules/.bin/tsx'),
      path.join(here, 'flooder.ts'),
      JSON.stringify(settings),
    ],
    { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
  )
  const lines = createInterface({ input: child.stdout })
  const pending: Array<(line: string) => void> = []
  lines.on('line', (line) => pending.shift()?.(line))
  const nextLine = (): Promise<string> =>
    new Promise((resolve, reject) => {
      pending.push(resolve)
      child.once('exit', (code) => reject(new Error(`flooder exited with ${code}`)))
    })
  const ready = await nextLine()
  if (ready !== 'ready') throw new Error(`flooder said ${ready}`)
  return {
    flood: () => child.stdin.write('flood\n'),
    pause: () => child.stdin.write('pause\n'),
    async stop() {
      const reportLine = nextLine()
      child.stdin.write('stop\n')
      return JSON.parse(await reportLine) as FloodReport
    },
  }
}
