import { randomUUID } from 'node:crypto'
import type { Logger } from 'pino'
import { hashPassword } from '../auth/hashPassword'
import type { DocumentDomain } from '../domain/DocumentDomain'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'
import { demoOrganisation } from './demoOrganisation'
import { seedDemoSchedules } from './seedDemoSchedules'

function demoDocumentId(templateId: string): string {
  return `demo-${templateId.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 64).padEnd(8, '0')
}

/**
 * Seeds the demo organisation (工委 → 机关党委 → three branches), a user for every role and one document per
 * template in the first branch. Idempotent: anything already there is left as it is.
 */
export async function seedDemo(dependencies: {
  store: Store
  rooms: RoomManager
  domain: DocumentDomain
  logger: Logger
}): Promise<void> {
  const { store, rooms, domain, logger } = dependencies
  const now = new Date().toISOString()
  for (const unit of demoOrganisation.units) {
    if ((await store.units.findById(unit.id)) === undefined)
      await store.units.create({ ...unit, createdAt: now })
  }
  const passwordHash = await hashPassword(demoOrganisation.password)
  const userIds = new Map<string, string>()
  for (const demoUser of demoOrganisation.users) {
    let user = await store.users.findByUsername(demoUser.username)
    if (user === undefined) {
      const created = await store.users.create({
        id: randomUUID(),
        username: demoUser.username,
        displayName: demoUser.displayName,
        passwordHash,
        isAdmin: demoUser.isAdmin,
        createdAt: now,
      })
      if (!created.ok) continue
      user = created.value
      for (const grant of demoUser.grants) {
        await store.units.grantRole({
          unitId: grant.unitId,
          userId: user.id,
          role: grant.role,
          grantedAt: now,
        })
      }
    }
    userIds.set(demoUser.username, user.id)
  }
  const author = userIds.get('zhangwei') ?? ''
  for (const template of domain.listTemplates() as Array<{ id: string; title: string }>) {
    const id = demoDocumentId(template.id)
    if ((await store.documents.findById(id)) !== undefined) continue
    const initial = domain.initialContent(template.id, { docId: id, title: template.title, createdAt: now })
    if (initial === undefined) continue
    await store.documents.create({
      id,
      unitId: demoOrganisation.documentUnitId,
      templateId: template.id,
      templateVersion: initial.templateVersion,
      kind: initial.kind,
      title: template.title,
      createdBy: author,
      createdAt: now,
      updatedAt: now,
    })
    await rooms.writeUpdate(id, initial.update)
    await store.docs.compact(id)
  }
  await seedDemoSchedules({ store, rooms, domain, authorId: author, now: new Date() })
  logger.info('demo organisation seeded')
}
