import { createPostgresTestDatabase } from '../scaleout/postgresTestDatabase'
import type { Store } from './Store'
import { createStore } from './createStore'
import { runStoreContract } from './storeContract.contract'

// Each store gets its own database, dropped when the contract closes the store.
runStoreContract('Postgres', async (): Promise<Store> => {
  const database = await createPostgresTestDatabase()
  const store = await createStore({ dataDir: '/nonexistent', databaseUrl: database.url })
  return {
    ...store,
    async close() {
      await store.close()
      await database.drop()
    },
  }
})
