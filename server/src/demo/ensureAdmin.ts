import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { hashPassword } from '../auth/hashPassword'
import type { Store } from '../storage/Store'

/** Creates the configured administrator (ZHIBU_ADMIN_USER/PASSWORD) when no user exists yet. */
export async function ensureAdmin(
  store: Store,
  admin: { username: string; password: string; displayName?: string },
  logger: Logger,
): Promise<void> {
  if ((await store.users.count()) > 0) return
  const result = await store.users.createFirst({
    id: randomUUID(),
    username: admin.username,
    displayName: admin.displayName ?? admin.username,
    passwordHash: await hashPassword(admin.password),
    isAdmin: true,
    createdAt: new Date().toISOString(),
  })
  if (result.ok) logger.info({ username: admin.username }, 'created the configured administrator')
}
