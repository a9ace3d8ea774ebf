import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { closeCodes } from '../../sync/closeCodes'
import { RawSyncClient } from '../../testing/RawSyncClient'
import { seedTestOrganisation, type TestOrganisation } from '../../testing/seedTestOrganisation'
import { TestServer } from '../../testing/TestServer'
import { waitFor } from '../../testing/waitFor'
import { fuzzSeeds } from './fuzzSeeds'
import { settledMemory, watchEventLoop } from './processHealth'
import { SeededRandom } from '../../testing/SeededRandom'
import { suiteSize } from './suiteSize'
import { syncFrames } from './syncFrames'
import { withSeed } from './withSeed'

const permanentSeeds = [3]
/** Frames in total, over {@link socketsAtOnce} concurrent sockets (a fresh seed adds one more run of this size). */
const totalFrames = suiteSize('FRAMES', 1_000_000, 20_000_000)
const socketsAtOnce = 8
/** Tolerated frames a socket sends before its terminal malformed (or truncated) one. */
const framesPerSocket = 400
/** Bounds: the promise of suite 7 (docs/reliability.md). */
const maxStallMs = 250
const maxHeapGrowthMiB = 64
const maxRssGrowthMiB = 256
const knownCloseCodes = new Set<number>(Object.values(closeCodes))

/** A frame and what the server must do with it. */
interface Terminal {
  frame: Uint8Array | string
  /** 'malformed': must close with 4400; 'either': a truncation that may still be valid, so 4400 or stay open. */
  expect: 'malformed' | 'either'
  what: string
}

describe('protocol fuzz: malformed and truncated frames close only their socket, with a coded close', () => {
  let server: TestServer | undefined
  const clients: RawSyncClient[] = []
  afterEach(async () => {
    for (const client of clients.splice(0)) client.ws.terminate()
    await server?.close()
    server = undefined
  })

  // The permanent seeds run a tenth of the size, the fresh seed the full size: the CI budget (docs/reliability.md).
  fuzzSeeds(permanentSeeds).forEach((seed, index, seeds) => {
    const frames = index === seeds.length - 1 ? totalFrames : Math.ceil(totalFrames / 10)
    it(`seed ${seed}: ${frames} frames over ${socketsAtOnce} sockets at a time`, async () => {
      console.log(`frame fuzz seed ${seed}`)
      await withSeed('src/reliability/protocol/frameFuzz', seed, async () => {
        server = await TestServer.start({
          apiRateLimitPerMinute: 1_000_000,
          sync: {
            perConnection: { ratePerSecond: 10_000_000, burst: 10_000_000 },
            perUser: { ratePerSecond: 10_000_000, burst: 10_000_000 },
          },
        })
        await fuzzFrames(server, seed, frames, clients)
      })
    })
  })
})

async function fuzzFrames(
  server: TestServer,
  seed: number,
  frames: number,
  clients: RawSyncClient[],
): Promise<void> {
  const org = await seedTestOrganisation(server)
  const pool = toleratedPool(new SeededRandom(seed))
  // A well-behaved editor and reader stay connected throughout and must keep syncing.
  const editor = RawSyncClient.connect(server.syncUrl, org.docA, org.users.editorA.token, 'ack=1')
  const reader = RawSyncClient.connect(server.syncUrl, org.docA, org.users.certifier.token)
  clients.push(editor, reader)
  await Promise.all([editor.opened, reader.opened])

  const memoryBefore = settledMemory()
  const loop = watchEventLoop()
  const started = Date.now()
  let sent = 0
  let sockets = 0
  const closes = new Map<number, number>()
  const worker = async (): Promise<void> => {
    while (sent < frames) {
      // Each socket's frames come from its own generator, so a failure replays from the seed and the socket number.
      const socket = sockets++
      const random = new SeededRandom((seed ^ Math.imul(socket + 1, 0x9e3779b1)) >>> 0)
      const user = random.pick(['memberA', 'supervisor', 'certifier', 'editorA'] as const)
      const room = random.next() < 0.7 ? org.docA : `${org.docA}:review`
      const client = RawSyncClient.connect(server.syncUrl, room, org.users[user].token)
      await client.opened
      const count = Math.min(framesPerSocket, frames - sent)
      sent += count
      let answers = 1
      for (let index = 0; index < count - 1; index++) {
        const frame = random.pick(pool)
        if (frame[0] === 0 && frame[1] === 0) answers++
        client.send(frame)
      }
      const terminal = terminalFrame(random, org)
      terminal.what = `socket ${socket}: ${terminal.what}`
      client.ws.send(terminal.frame)
      // A step 1 after the terminal frame: answered only if the socket survived it (the pool's step 1s are answered too).
      client.send(syncFrames.step1(Uint8Array.of(0)))
      const outcome = await waitFor(
        `outcome of ${terminal.what}`,
        () =>
          client.closeCode ??
          (client.messages.filter((message) => message[0] === 0 && message[1] === 1).length >= answers
            ? 'open'
            : undefined),
        30_000,
      )
      if (outcome !== 'open') closes.set(outcome, (closes.get(outcome) ?? 0) + 1)
      if (terminal.expect === 'malformed') expect(outcome, terminal.what).toBe(closeCodes.malformed)
      else expect([closeCodes.malformed, 'open'], terminal.what).toContain(outcome)
      if (outcome === 'open') client.ws.close()
      else expect(knownCloseCodes.has(outcome)).toBe(true)
      await client.closed
    }
  }
  await Promise.all(Array.from({ length: socketsAtOnce }, () => worker()))
  const elapsedMs = Date.now() - started
  const stalls = loop.stop()

  // Everyone else kept working: the editor's edit reaches the reader.
  const doc = new Y.Doc()
  doc.getText('body').insert(0, '模糊测试之后')
  editor.send(syncFrames.update(Y.encodeStateAsUpdate(doc)))
  await waitFor('reader receives the edit', () =>
    reader.messages.some((message) => message[0] === 0 && message[1] === 2),
  )
  expect(editor.closeCode).toBeUndefined()
  expect(reader.closeCode).toBeUndefined()
  expect((await server.request('GET', '/healthz')).status).toBe(200)
  // Let closed sockets and idle rooms go before measuring what stayed.
  await waitFor('fuzz sockets detached', () => server.running.rooms.connectionCount === 2)
  const memoryAfter = settledMemory()
  const heapGrowth = memoryAfter.heapMiB - memoryBefore.heapMiB
  const rssGrowth = memoryAfter.rssMiB - memoryBefore.rssMiB
  console.log(
    `frame fuzz seed ${seed}: ${sent} frames on ${sockets} sockets in ${elapsedMs} ms ` +
      `(${Math.round(sent / (elapsedMs / 1000))}/s); closes ${JSON.stringify(Object.fromEntries(closes))}; ` +
      `event loop max ${stalls.maxMs.toFixed(1)} ms (own ${stalls.ownMaxMs.toFixed(1)} ms), p99 ${stalls.p99Ms.toFixed(1)} ms; ` +
      `heap ${memoryBefore.heapMiB.toFixed(1)} → ${memoryAfter.heapMiB.toFixed(1)} MiB, ` +
      `RSS ${memoryBefore.rssMiB.toFixed(0)} → ${memoryAfter.rssMiB.toFixed(0)} MiB`,
  )
  expect(stalls.ownMaxMs).toBeLessThan(maxStallMs)
  expect(heapGrowth).toBeLessThan(maxHeapGrowthMiB)
  expect(rssGrowth).toBeLessThan(maxRssGrowthMiB)
}

/** Small frames every socket may send without being closed: odd but valid, or payloads the server ignores. */
function toleratedPool(random: SeededRandom): Uint8Array[] {
  const pool: Uint8Array[] = []
  const source = new Y.Doc()
  for (let index = 0; index < 200; index++) {
    // Auth messages carry nothing the server reads: any payload is ignored.
    pool.push(syncFrames.typed(2, random.bytes(random.int(24))))
    // Query-awareness with trailing garbage (the server reads only the type).
    pool.push(syncFrames.typed(3, random.bytes(random.int(8))))
    // A valid update from a read-only socket is decoded and dropped; an editor's would be applied, so they are
    // only ever empty updates (valid, and they change nothing).
    pool.push(syncFrames.update(Y.encodeStateAsUpdate(new Y.Doc())))
  }
  for (let index = 0; index < 20; index++) {
    const before = Y.encodeStateVector(source)
    source.getText('body').insert(0, `x${index}`)
    // Step 1 with a state vector the room does not have: answered with a small step 2.
    pool.push(
      syncFrames.step1(Y.encodeStateVector(source)),
      syncFrames.update(Y.encodeStateAsUpdate(new Y.Doc(), before)),
    )
  }
  return pool
}

function terminalFrame(random: SeededRandom, org: TestOrganisation): Terminal {
  const valid = [
    syncFrames.step1(Y.encodeStateVector(new Y.Doc())),
    syncFrames.awareness([{ clientId: 1 + random.int(1000), clock: 1, state: { cursor: 1 } }]),
    syncFrames.update(Y.encodeStateAsUpdate(new Y.Doc())),
    syncFrames.typed(2, new TextEncoder().encode(org.docA)),
  ]
  switch (random.int(12)) {
    case 0:
      return { frame: new Uint8Array(0), expect: 'malformed', what: 'empty frame' }
    case 1:
      return { frame: `{"type":"sync","room":"${org.docB}"}`, expect: 'malformed', what: 'text frame' }
    case 2: {
      const type = random.pick([4, 5, 6, 50, 99, 100, 101, 127, 128, 200, 16_384, 2 ** 31])
      return {
        frame: syncFrames.typed(type, random.bytes(random.int(16))),
        expect: 'malformed',
        what: `type ${type}`,
      }
    }
    case 3:
      return { frame: Uint8Array.of(0), expect: 'malformed', what: 'sync without sync type' }
    case 4: {
      const syncType = 3 + random.int(1000)
      return {
        frame: Uint8Array.of(0, ...varUint(syncType)),
        expect: 'malformed',
        what: `sync type ${syncType}`,
      }
    }
    case 5: {
      // A length prefix longer than what follows.
      const claimed = 2 + random.int(1 << 20)
      const kind = random.pick([0, 1, 2])
      const body = random.bytes(Math.min(claimed - 1, random.int(16)))
      return {
        frame: Uint8Array.of(0, kind, ...varUint(claimed), ...body),
        expect: 'malformed',
        what: `sync ${kind} claiming ${claimed} bytes, carrying ${body.length}`,
      }
    }
    case 6:
      return {
        frame: Uint8Array.of(...Array.from({ length: 8 + random.int(8) }, () => 0xff)),
        expect: 'malformed',
        what: 'varint overflow',
      }
    case 7:
      return {
        frame: syncFrames.awareness([
          {
            clientId: random.int(100),
            clock: 1,
            state: null,
            rawState: random.pick(['{', 'nope', '{"a":', "{'x':1}"]),
          },
        ]),
        expect: 'malformed',
        what: 'awareness state that is not JSON',
      }
    case 8:
      return {
        frame: Uint8Array.of(1, ...varUint(5 + random.int(100)), 1),
        expect: 'malformed',
        what: 'truncated awareness',
      }
    case 9: {
      // An update that does not decode (a struct count far beyond the bytes present).
      const garbage = Uint8Array.of(...varUint(1 + random.int(1000)), ...random.bytes(random.int(12)))
      return { frame: syncFrames.update(garbage), expect: 'either', what: 'garbage update' }
    }
    default: {
      const source = random.pick(valid)
      const cut = random.int(source.length)
      return {
        frame: source.slice(0, cut),
        expect: cut === 0 ? 'malformed' : 'either',
        what: `valid frame cut at ${cut}`,
      }
    }
  }
}

function varUint(value: number): number[] {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, value)
  return [...encoding.toUint8Array(encoder)]
}
