import { randomBytes } from 'node:crypto'

/** Where the real Redis for tests is: `ZHIBU_TEST_REDIS_URL` or the local server. */
export const testRedisUrl = process.env.ZHIBU_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** A channel prefix of its own per test, so concurrent runs sharing one Redis never hear each other. */
export function uniqueRedisPrefix(): string {
  return `zhibu-test-${randomBytes(6).toString('hex')}:`
}
