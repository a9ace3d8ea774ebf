import { existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyRateLimit from '@fastify/rate-limit'
import fastifyStatic from '@fastify/static'
import Fastify, { type FastifyBaseLogger, type FastifyReply } from 'fastify'
import { pino } from 'pino'
import { AccessService } from './access/AccessService'
import { registerAdminRoutes } from './api/registerAdminRoutes'
import { registerAttachmentRoutes } from './api/registerAttachmentRoutes'
import { createAttachmentStore } from './attachments/createAttachmentStore'
import { registerAuthRoutes } from './api/registerAuthRoutes'
import { registerBallotRoutes } from './api/registerBallotRoutes'
import { registerDocumentRoutes } from './api/registerDocumentRoutes'
import { registerErrorHandling } from './api/registerErrorHandling'
import { registerHealthRoutes } from './api/registerHealthRoutes'
import { registerReviewRoutes } from './api/registerReviewRoutes'
import { registerScheduleRoutes } from './api/registerScheduleRoutes'
import { registerScorecardRoutes } from './api/registerScorecardRoutes'
import { registerSetupRoutes } from './api/registerSetupRoutes'
import { registerTemplateRoutes } from './api/registerTemplateRoutes'
import { registerUnitRoutes } from './api/registerUnitRoutes'
import { LocalSessionEvents } from './auth/LocalSessionEvents'
import { RedisSessionEvents } from './auth/RedisSessionEvents'
import { LoginThrottle } from './auth/LoginThrottle'
import { ensureAdmin } from './demo/ensureAdmin'
import { seedDemo } from './demo/seedDemo'
import { coreDocumentDomain } from './domain/coreDocumentDomain'
import type { RunningServer } from './RunningServer'
import type { StartServerOptions } from './StartServerOptions'
import { createStore } from './storage/createStore'
import { LocalFanout } from './sync/LocalFanout'
import { RedisFanout } from './sync/RedisFanout'
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
  const redisUrl = options.redisUrl === '' ? undefined : options.redisUrl
  const onRedisError = (error: unknown): void => logger.warn({ err: error }, 'redis')
  const redis =
    redisUrl === undefined
      ? undefined
      : { url: redisUrl, prefix: options.redisPrefix ?? 'zhibu:', onError: onRedisError }
  const sessionEvents =
    options.sessionEvents ?? (redis === undefined ? new LocalSessionEvents() : new RedisSessionEvents(redis))
  const redisFanout =
    options.fanout === undefined && redis !== undefined
      ? new RedisFanout({ ...redis, resync: (room) => store.docs.loadDocument(room) })
      : undefined
  const fanout = options.fanout ?? redisFanout ?? new LocalFanout()
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
    // A path with broken percent-encoding fails before routing, outside the error handler: answer it in our shape too.
    frameworkErrors: (error, _request, reply: FastifyReply) => {
      void reply.code(400).send({ error: { code: 'BAD_REQUEST', message: error.message } })
    },
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
  registerHealthRoutes(app, store, rooms, () => ready, redisFanout)
  registerSetupRoutes(app, context)
  registerAuthRoutes(app, context)
  registerAdminRoutes(app, context)
  registerUnitRoutes(app, context)
  registerDocumentRoutes(app, context)
  registerReviewRoutes(app, context)
  registerTemplateRoutes(app, context)
  registerScheduleRoutes(app, context, options.now ?? (() => new Date()))
  registerScorecardRoutes(app, context, options.now ?? (() => new Date()))
  registerBallotRoutes(app, context, options.now ?? (() => new Date()))
  registerAttachmentRoutes(app, context, createAttachmentStore(store, options.dataDir))

  const sync = new SyncServer({ store, access, rooms, logger, maxFrameBytes: limits.maxFrameBytes })
  sync.attachTo(app.server)
  await app.listen({ port: options.port ?? 8080, host: options.host ?? '127.0.0.1' })
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : (options.port ?? 8080)
  const host = options.host ?? '127.0.0.1'
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  ready = true
  logger.info({ url, store: store.flavour, redis: redis !== undefined, nodeId: fanout.nodeId }, 'listening')

  let closing: Promise<void> | undefined
  return {
    url,
    port,
    store,
    rooms,
    close() {
      closing ??= (async () => {
        const started = performance.now()
        ready = false
        sync.stopAccepting()
        await rooms.close()
        await sync.close()
        await app.close()
        await sessionEvents.close()
        await fanout.close()
        await store.close()
        // How long the stop took on the server's own clock: the graceful-stop suite checks it against the 10 s promise.
        logger.info({ closeMs: Math.round(performance.now() - started) }, 'closed')
      })()
      return closing
    },
  }
}
