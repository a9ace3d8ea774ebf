import { randomBytes } from 'node:crypto'
import pg from 'pg'

/** Where the real Postgres for tests is: `ZHIBU_TEST_POSTGRES_URL` or the local trust-auth server. */
export const testPostgresUrl =
  process.env.ZHIBU_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/**
 * Creates a fresh, empty database on the test Postgres and returns its URL and a `drop`. Throws when Postgres
 * is unreachable: the scale-out suites must fail, not skip, without it.
 */
export async function createPostgresTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zhibu_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: testPostgresUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(testPostgresUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: testPostgresUrl })
      await dropper.connect()
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await dropper.end()
      }
    },
  }
}
