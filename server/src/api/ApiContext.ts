import type { Logger } from 'pino'
import type { AccessService } from '../access/AccessService'
import type { LoginThrottle } from '../auth/LoginThrottle'
import type { SessionEvents } from '../auth/SessionEvents'
import type { DocumentDomain } from '../domain/DocumentDomain'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'

/** What the route handlers share. */
export interface ApiContext {
  store: Store
  access: AccessService
  rooms: RoomManager
  sessionEvents: SessionEvents
  loginThrottle: LoginThrottle
  domain: DocumentDomain
  logger: Logger
  sessionTtlMs: number
}
