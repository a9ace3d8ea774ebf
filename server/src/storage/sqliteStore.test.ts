import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runStoreContract } from './storeContract.contract'
import { createSqliteStore } from './createSqliteStore'

runStoreContract('SQLite', () => createSqliteStore(mkdtempSync(path.join(tmpdir(), 'zhibu-store-'))))
