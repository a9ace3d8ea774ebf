import path from 'node:path'
import { startServer } from './startServer'

// Reads the environment, starts the server, and shuts down cleanly on SIGTERM/SIGINT within 10 s.
const env = process.env
const running = await startServer({
  port: env.PORT === undefined ? 8080 : Number(env.PORT),
  host: env.HOST ?? '127.0.0.1',
  dataDir: path.resolve(env.DATA_DIR ?? './data'),
  databaseUrl: env.DATABASE_URL,
  redisUrl: env.REDIS_URL,
  redisPrefix: env.REDIS_PREFIX,
  admin:
    env.ZHIBU_ADMIN_USER !== undefined && env.ZHIBU_ADMIN_PASSWORD !== undefined
      ? { username: env.ZHIBU_ADMIN_USER, password: env.ZHIBU_ADMIN_PASSWORD }
      : undefined,
  demo: env.ZHIBU_DEMO === '1',
  logLevel: env.LOG_LEVEL ?? 'info',
  sync: env.MAX_FRAME_BYTES === undefined ? {} : { maxFrameBytes: Number(env.MAX_FRAME_BYTES) },
})

let stopping = false
function shutdown(signal: string): void {
  if (stopping) return
  stopping = true
  const deadline = setTimeout(() => process.exit(1), 10_000)
  deadline.unref()
  running.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(`shutdown after ${signal} failed`, error)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
