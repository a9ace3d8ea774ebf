import { spawn, type ChildProcess } from 'node:child_process'
import { Redis } from 'ioredis'
import { waitFor } from '../testing/waitFor'
import { freePort } from './freePort'

/**
 * A private `redis-server` child for tests that stop and restart Redis: the shared test Redis serves other suites
 * and must never be restarted. No persistence, so a restart really loses every subscription.
 */
export class ThrowawayRedis {
  private child: ChildProcess | undefined

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort())
    await redis.restart()
    return redis
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`
  }

  /** Kills the server at once (SIGKILL): clients see their connections drop. */
  async stop(): Promise<void> {
    const child = this.child
    if (child === undefined) return
    this.child = undefined
    if (child.exitCode !== null) return
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.kill('SIGKILL')
    await exited
  }

  /** Starts the server again on the same port and waits until it answers. */
  async restart(): Promise<void> {
    await this.stop()
    this.child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    const probe = new Redis(this.url, { lazyConnect: true, retryStrategy: () => null })
    probe.on('error', () => undefined)
    try {
      await waitFor('redis-server up', async () => {
        try {
          if (probe.status !== 'ready') await probe.connect()
          return (await probe.ping()) === 'PONG'
        } catch {
          probe.disconnect()
          return false
        }
      })
    } finally {
      probe.disconnect()
    }
  }
}
