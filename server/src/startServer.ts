import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyBaseLogger } from 'fastify'
import { pino } from 'pino'
import { AccessService } from './access/AccessService'
import { registerAdminRoutes } from './api/registerAdminRoutes'
import { registerAuthRoutes } from './api/registerAuthRoutes'
import { registerDocumentRoutes } from './api/registerDocumentRoutes'
import { registerErrorHandling } from './api/registerErrorHandling'
import { registerHealthRoutes } from './api/registerHealthRoutes'
import { registerReviewRoutes } from './api/registerReviewRoutes'
import { registerSetupRoutes } from './api/registerSetupRoutes'
import { registerUnitRoutes } from './api/registerUnitRoutes'
import { LocalSessionEvents } from './auth/LocalSessionEvents'
import { LoginThrottle } from './auth/LoginThrottle'
import { ensureAdmin } from './demo/ensureAdmin'
import { seedDemo } from './demo/seedDemo'
import { coreDocumentDomain } from './domain/coreDocumentDomain'
import type { RunningServer } from './RunningServer'
import type { StartServerOptions } from './StartServerOptions'
import { createStore } from './storage/createStore'
import { LocalFanout } from './sync/LocalFanout'
import { RoomManager } from './sync/RoomManager'
import { SyncServer } from './sync/SyncServer'
import { defaultSyncLimits } from './sync/SyncLimits'

const repoWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist')

/** Starts the HTTP API, the static web app and the sync rooms on one port. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger =
    options.logger ??
    pino({ level: options.logLevel ?? (process.env.VITEST === undefined ? 'info' : 'silent') })
  mkdirSync(options.dataDir, { recursive: true })
  const store =
    options.store ?? (await createStore({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }))
  const sessionEvents = options.sessionEvents ?? new LocalSessionEvents()
  const fanout = options.fanout ?? new LocalFanout()
  const domain = options.domain ?? coreDocumentDomain()
  const limits = { ...defaultSyncLimits, ...options.sync }
  const access = new AccessService(store)
  const rooms = new RoomManager({ store, access, fanout, sessionEvents, logger, limits })
  let ready = false

  if (options.admin !== undefined) await ensureAdmin(store, options.admin, logger)
  if (options.demo === true) await seedDemo({ store, rooms, domain, logger })

  // Per-request logs would drown the sync logs; errors are logged by the error handler.
  const fastifyLogger: FastifyBaseLogger = logger.child({}, { level: 'warn' })
  const app = Fastify({
    loggerInstance: fastifyLogger,
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
  })
  await app.register(fastifyRateLimit, {
    max: options.apiRateLimitPerMinute ?? 1200,
    timeWindow: 60_000,
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, rateContext) => ({
      statusCode: 429,
      message: `rate limit exceeded, retry in ${rateContext.after}`,
    }),
  })
  const webDistDir = options.webDistDir ?? repoWebDist
  if (existsSync(webDistDir)) {
    await app.register(fastifyStatic, { root: webDistDir, wildcard: false, index: ['index.html'] })
  }
  registerErrorHandling(app, logger, webDistDir)
  const context = {
    store,
    access,
    rooms,
    sessionEvents,
    loginThrottle: new LoginThrottle({ maxFailures: options.loginAttempts ?? 5, windowMs: 15 * 60_000 }),
    domain,
    logger,
    sessionTtlMs: options.sessionTtlMs ?? 7 * 24 * 3600_000,
  }
  registerHealthRoutes(app, store, rooms, () => ready)
  registerSetupRoutes(app, context)
  registerAuthRoutes(app, context)
  registerAdminRoutes(app, context)
  registerUnitRoutes(app, context)
  registerDocumentRoutes(app, context)
  registerReviewRoutes(app, context)

  const sync = new SyncServer({ store, access, rooms, logger, maxFrameBytes: limits.maxFrameBytes })
  sync.attachTo(app.server)
  await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8080)
  const host = options.host ?? '127.0.0.1'
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  ready = true
  logger.info({ url, store: store.flavour }, 'listening')

  let closing: Promise<void> | undefined
  return {
    url,
    port,
    store,
    rooms,
    close() {
      closing ??= (async () => {
        ready = false
        sync.stopAccepting()
        await rooms.close()
        await sync.close()
        await app.close()
        await sessionEvents.close()
        await fanout.close()
        await store.close()
        logger.info('closed')
      })()
      return closing
    },
  }
}
