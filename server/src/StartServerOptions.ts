import type { Logger } from 'pino'
import type { SessionEvents } from './auth/SessionEvents'
import type { DocumentDomain } from './domain/DocumentDomain'
import type { Store } from './storage/Store'
import type { RoomFanout } from './sync/RoomFanout'
import type { SyncLimits } from './sync/SyncLimits'

/** Options of {@link startServer}; `main.ts` fills them from the environment. */
export interface StartServerOptions {
  /** 0 picks a free port (tests). Default 8080. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** SQLite lives here when no `store`/`databaseUrl` is given; created if missing. */
  dataDir: string
  /** A server database (`postgres://…`) instead of SQLite, once an adapter exists for it. */
  databaseUrl?: string | undefined
  /** `redis://…`: turns on cross-node fan-out and session events (unless `fanout`/`sessionEvents` are given). */
  redisUrl?: string | undefined
  /** Redis channel prefix (default `zhibu:`), so deployments or test runs can share one Redis. */
  redisPrefix?: string | undefined
  /** Creates this admin on start when no user exists. */
  admin?: { username: string; password: string; displayName?: string } | undefined
  /** Seed the demo organisation (idempotent). */
  demo?: boolean
  /** Where the built web app is (default `web/dist` of this repo). */
  webDistDir?: string
  logger?: Logger
  /** pino level when no logger is given (default info; silent under Vitest). */
  logLevel?: string
  /** Injected adapters; defaults: the store from `dataDir`/`databaseUrl`, in-process events and fan-out. */
  store?: Store
  sessionEvents?: SessionEvents
  fanout?: RoomFanout
  domain?: DocumentDomain
  /** Overrides of the sync limits (frame size, idle unload delay, re-check interval, rate limits…). */
  sync?: Partial<SyncLimits>
  /** Session lifetime; default 7 days. */
  sessionTtlMs?: number
  /** Request body limit in bytes; default 1 MiB. */
  bodyLimitBytes?: number
  /** API requests per IP per minute; default 1200. */
  apiRateLimitPerMinute?: number
  /** The clock of calendar, scorecard and ballot routes ("today" is its Beijing day); default the system clock. */
  now?: () => Date
  /** Failed logins per username+IP per 15 minutes before 429; default 5. */
  loginAttempts?: number
}
