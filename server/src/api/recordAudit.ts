import type { FastifyRequest } from 'fastify'
import type { Store } from '../storage/Store'

/** Appends an audit entry for an API mutation: who, what, when, from where. */
export async function recordAudit(
  store: Store,
  request: FastifyRequest,
  userId: string | null,
  action: string,
  target: string | null,
  detail: Record<string, unknown> | null = null,
): Promise<void> {
  await store.audit.append({ at: new Date().toISOString(), userId, action, target, ip: request.ip, detail })
}
