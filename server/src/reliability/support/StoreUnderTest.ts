import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createPostgresTestDatabase } from '../../scaleout/postgresTestDatabase'
import { sqliteIntegrityCheck } from './sqliteIntegrityCheck'

/** Where a spawned server keeps a run's data, and how the run checks and removes it. */
export interface StoreUnderTest {
  kind: 'sqlite' | 'postgres'
  dataDir: string
  databaseUrl: string | undefined
  /** Problems found in the stored files while the server is down (SQLite's `PRAGMA integrity_check`). */
  check(): string[]
  remove(): Promise<void>
}

/** A fresh SQLite folder, or a fresh Postgres database (dropped by {@link StoreUnderTest.remove}). */
export async function createStoreUnderTest(kind: 'sqlite' | 'postgres'): Promise<StoreUnderTest> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `zhibu-reliability-${kind}-`))
  const database = kind === 'postgres' ? await createPostgresTestDatabase() : undefined
  return {
    kind,
    dataDir,
    databaseUrl: database?.url,
    check: () => (kind === 'sqlite' ? sqliteIntegrityCheck(path.join(dataDir, 'zhibu.sqlite')) : []),
    async remove() {
      await database?.drop()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
