import { afterEach, describe, expect, it } from 'vitest'
import { testRedisUrl, uniqueRedisPrefix } from '../scaleout/testRedisUrl'
import { waitFor } from '../testing/waitFor'
import type { AccessEvent } from './AccessEvent'
import { RedisSessionEvents } from './RedisSessionEvents'

describe('RedisSessionEvents', () => {
  const opened: RedisSessionEvents[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((events) => events.close()))
  })

  it('tells local listeners at once and every other node once, for both kinds of event', async () => {
    const prefix = uniqueRedisPrefix()
    const first = new RedisSessionEvents({ url: testRedisUrl, prefix })
    const second = new RedisSessionEvents({ url: testRedisUrl, prefix })
    opened.push(first, second)
    const local: AccessEvent[] = []
    const remote: AccessEvent[] = []
    first.subscribe((event) => local.push(event))
    second.subscribe((event) => remote.push(event))
    const revoked: AccessEvent = { kind: 'session-revoked', tokenHash: 'abc' }
    // The subscriber may not be connected yet; repeat until one arrives, then check nothing was doubled locally.
    await waitFor('remote revocation', () => {
      first.publish(revoked)
      return remote.length > 0
    })
    expect(remote[0]).toEqual(revoked)
    const published = local.length
    first.publish({ kind: 'user-access-changed', userId: 'user-1' })
    expect(local.length).toBe(published + 1)
    await waitFor('remote role change', () => remote.some((event) => event.kind === 'user-access-changed'))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(local).toHaveLength(published + 1)
    expect(remote.at(-1)).toEqual({ kind: 'user-access-changed', userId: 'user-1' })
  })
})
