import { expect, it } from 'vitest'
import { createPostgresTestDatabase } from '../scaleout/postgresTestDatabase'
import { createPostgresStore } from '../storage/createPostgresStore'
import { runAttachmentStoreContract } from './attachmentStoreContract.contract'
import { createAttachmentStore } from './createAttachmentStore'

// Two store instances (two pools) on one fresh database: two nodes sharing Postgres.
runAttachmentStoreContract('Postgres metadata and bytes, two nodes', async () => {
  const database = await createPostgresTestDatabase()
  const store = await createPostgresStore(database.url, 4)
  const other = await createPostgresStore(database.url, 4)
  return {
    store,
    attachments: createAttachmentStore(store, '/nonexistent'),
    second: createAttachmentStore(other, '/nonexistent'),
    secondStore: other,
    async close() {
      await Promise.all([store.close(), other.close()])
      await database.drop()
    },
  }
})

it('keeps Postgres attachments in the database, not on a node disk', async () => {
  const database = await createPostgresTestDatabase()
  const store = await createPostgresStore(database.url, 1)
  try {
    expect(createAttachmentStore(store, '/nonexistent').kind).toBe('database')
  } finally {
    await store.close()
    await database.drop()
  }
})
