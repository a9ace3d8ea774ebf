import { afterEach, describe, expect, it } from 'vitest'
import { Redis } from 'ioredis'
import { testRedisUrl, uniqueRedisPrefix } from '../scaleout/testRedisUrl'
import { TcpProxy } from '../scaleout/TcpProxy'
import { waitFor } from '../testing/waitFor'
import { RedisFanout } from './RedisFanout'
import type { FanoutMessage } from './RoomFanout'

describe('RedisFanout', () => {
  const opened: RedisFanout[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((fanout) => fanout.close()))
  })

  function open(prefix: string): RedisFanout {
    const fanout = new RedisFanout({ url: testRedisUrl, prefix })
    opened.push(fanout)
    return fanout
  }

  it('delivers every byte of an update to the other nodes subscribed to the room, and not back to the sender', async () => {
    const prefix = uniqueRedisPrefix()
    const sender = open(prefix)
    const receiver = open(prefix)
    const bystander = open(prefix)
    const received: FanoutMessage[] = []
    const echoed: FanoutMessage[] = []
    const otherRoom: FanoutMessage[] = []
    receiver.subscribe('doc-1', (message) => received.push(message))
    sender.subscribe('doc-1', (message) => echoed.push(message))
    bystander.subscribe('doc-2', (message) => otherRoom.push(message))
    await waitFor('redis ready', async () => (await receiver.ping()) && (await sender.ping()))
    // Every byte value, including 0 and bytes that are not valid UTF-8.
    const update = new Uint8Array(256).map((_, index) => index)
    await waitFor('delivery', () => {
      sender.publish({ kind: 'update', room: 'doc-1', seq: 7, update, origin: sender.nodeId })
      return received.length > 0
    })
    expect(received[0]).toEqual({ kind: 'update', room: 'doc-1', seq: 7, update, origin: sender.nodeId })
    sender.publish({
      kind: 'awareness',
      room: 'doc-1',
      update: new Uint8Array([1, 2]),
      origin: sender.nodeId,
    })
    await waitFor('awareness', () => received.some((message) => message.kind === 'awareness'))
    expect(echoed).toEqual([])
    expect(otherRoom).toEqual([])
  })

  it('stops delivering a room once its last listener unsubscribes', async () => {
    const prefix = uniqueRedisPrefix()
    const sender = open(prefix)
    const receiver = open(prefix)
    const first: FanoutMessage[] = []
    const unsubscribe = receiver.subscribe('doc-1', (message) => first.push(message))
    await waitFor('redis ready', async () => (await receiver.ping()) && (await sender.ping()))
    await waitFor('delivery', () => {
      sender.publish({
        kind: 'update',
        room: 'doc-1',
        seq: 1,
        update: new Uint8Array([1]),
        origin: sender.nodeId,
      })
      return first.length > 0
    })
    unsubscribe()
    const before = first.length
    const later: FanoutMessage[] = []
    receiver.subscribe('doc-9', (message) => later.push(message))
    await waitFor('second room', () => {
      sender.publish({
        kind: 'update',
        room: 'doc-1',
        seq: 2,
        update: new Uint8Array([2]),
        origin: sender.nodeId,
      })
      sender.publish({
        kind: 'update',
        room: 'doc-9',
        seq: 1,
        update: new Uint8Array([9]),
        origin: sender.nodeId,
      })
      return later.length > 0
    })
    expect(first.length).toBe(before)
  })
})

describe('RedisFanout after its subscriber connection drops', () => {
  it('hands every subscribed room the stored state once it is back, since messages sent meanwhile are lost', async () => {
    const prefix = uniqueRedisPrefix()
    const stored = { update: new Uint8Array([0, 0]), seq: 42 }
    const fanout = new RedisFanout({ url: testRedisUrl, prefix, resync: () => Promise.resolve(stored) })
    const admin = new Redis(testRedisUrl)
    try {
      const received: FanoutMessage[] = []
      fanout.subscribe('doc-1', (message) => received.push(message))
      await waitFor('redis ready', () => fanout.ping())
      expect(received).toEqual([])
      const clients = String(await admin.client('LIST'))
      const line = clients.split('\n').find((entry) => entry.includes(`name=${prefix}room:subscriber:`))
      const id = /id=(\d+)/.exec(line ?? '')?.[1]
      expect(id).toBeDefined()
      await admin.client('KILL', 'ID', id!)
      await waitFor('resync', () => received.length > 0)
      expect(received[0]).toMatchObject({ kind: 'update', room: 'doc-1', seq: 42, update: stored.update })
    } finally {
      admin.disconnect()
      await fanout.close()
    }
  })
})

describe('RedisFanout when one node is cut off from Redis', () => {
  it('announces the head seq of a room whose update could not be published, once that node reaches Redis again', async () => {
    const port = Number(new URL(testRedisUrl).port || 6379)
    const proxy = await TcpProxy.start(port)
    const prefix = uniqueRedisPrefix()
    const errors: unknown[] = []
    // The sender reaches Redis through a relay that the test cuts; the receiver stays connected throughout.
    const sender = new RedisFanout({
      url: `redis://127.0.0.1:${proxy.port}`,
      prefix,
      onError: (error) => errors.push(error),
    })
    const receiver = new RedisFanout({ url: testRedisUrl, prefix })
    try {
      const received: FanoutMessage[] = []
      receiver.subscribe('doc-1', (message) => received.push(message))
      await waitFor('redis ready', async () => (await receiver.ping()) && (await sender.ping()))
      await proxy.partition()
      sender.publish({
        kind: 'update',
        room: 'doc-1',
        seq: 5,
        update: new Uint8Array([1]),
        origin: sender.nodeId,
      })
      await waitFor('publish failed', () =>
        errors.some((error) => error instanceof Error && error.name === 'MaxRetriesPerRequestError'),
      )
      expect(received).toEqual([])
      await proxy.restore()
      const head = await waitFor('head announced', () => received.find((message) => message.kind === 'head'))
      expect(head).toEqual({ kind: 'head', room: 'doc-1', seq: 5, origin: sender.nodeId })
    } finally {
      await Promise.all([sender.close(), receiver.close()])
      await proxy.close()
    }
  })
})
