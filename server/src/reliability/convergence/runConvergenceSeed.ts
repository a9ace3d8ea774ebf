import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { connectProvider } from '../../testing/connectProvider'
import { waitFor } from '../../testing/waitFor'
import { cleanNetwork, type FaultPlan } from '../support/FaultPlan'
import { FaultyProxy } from '../support/FaultyProxy'
import { History } from '../support/History'
import { SeededRandom } from '../../testing/SeededRandom'
import { coversStateVector } from '../support/coversStateVector'
import { hasPendingUpdates } from '../support/hasPendingUpdates'
import { replicaState, type ReplicaState } from '../support/replicaState'
import type { ConvergenceTarget } from './ConvergenceTarget'
import { applyRandomEdit } from './applyRandomEdit'

/** Sizes of one convergence run. */
export interface ConvergenceSizes {
  clients: number
  /** Edits per run, spread over the clients by the script. */
  edits: number
}

/** What a run did, printed per seed. */
export interface ConvergenceOutcome {
  seed: number
  plan: FaultPlan
  edits: number
  drops: number
  duplicates: number
  reorders: number
  cuts: number
  disconnects: number
  acks: number
}

/** Thrown when a run fails; carries the history to record. */
export class ConvergenceFailure extends Error {
  constructor(
    message: string,
    readonly seed: number,
    readonly record: unknown,
  ) {
    super(message)
  }
}

const messageAck = 100

function base64(update: Uint8Array): string {
  return Buffer.from(update).toString('base64')
}

/** The seed decides how hostile the network is, so the seeds together cover calm and stormy runs. */
function planFor(random: SeededRandom): FaultPlan {
  return {
    drop: random.next() * 0.004,
    duplicate: random.next() * 0.03,
    reorder: random.next() * 0.06,
    delayMs: random.between(1, 15),
    cutDelayMs: random.int(40),
  }
}

/**
 * One seeded run: clients edit one document through the fault-injecting proxy while the script disconnects and
 * reconnects them and cuts links; then the network heals and disconnected clients come back, and every replica
 * must equal the server's live room (content, state vector, deletions), the store must hold the same content and
 * clocks, nothing may be left pending, and every acknowledged state vector must be covered by the store.
 */
export async function runConvergenceSeed(
  target: ConvergenceTarget,
  seed: number,
  sizes: ConvergenceSizes,
): Promise<ConvergenceOutcome> {
  const random = new SeededRandom(seed)
  const script = random.fork('script')
  const plan = planFor(random.fork('plan'))
  const history = new History()
  history.add({ kind: 'start', seed, plan, ...sizes })
  const proxy = await FaultyProxy.start(target.origin, random.fork('network'), (event) =>
    history.add({ ...event, kind: event.kind === 'fault' ? (event.fault ?? 'fault') : 'cut' }),
  )
  const providers: WebsocketProvider[] = []
  const ackedVectors: Array<Map<number, number>> = []
  let acks = 0
  let disconnects = 0
  let docId = ''
  try {
    docId = await target.createDocument(`收敛测试 ${seed}`)
    proxy.setPlan(plan)
    for (let index = 0; index < sizes.clients; index++) {
      const provider = connectProvider(`${proxy.url}/sync`, docId, target.token, { ack: index % 2 === 0 })
      const acked = new Map<number, number>()
      ackedVectors.push(acked)
      provider.messageHandlers[messageAck] = (_encoder, decoder) => {
        acks++
        for (const [client, clock] of Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
          acked.set(client, Math.max(acked.get(client) ?? 0, clock))
      }
      provider.on('connection-close', (event: { code: number } | null) =>
        history.add({ kind: 'closed', client: index, code: event?.code ?? null }),
      )
      providers.push(provider)
      history.add({ kind: 'client', client: index, clientId: provider.doc.clientID, ack: index % 2 === 0 })
    }
    await waitFor('every client synced once', () => providers.every((provider) => provider.synced), 20_000)

    for (let step = 0; step < sizes.edits; step++) {
      const client = script.int(providers.length)
      const provider = providers[client]!
      const roll = script.next()
      if (roll < 0.008) {
        if (provider.shouldConnect) provider.disconnect()
        else provider.connect()
        disconnects++
        history.add({ kind: provider.shouldConnect ? 'connect' : 'disconnect', client })
      } else if (roll < 0.012) {
        const link = proxy.cutOne(script, 'scripted cut')
        history.add({ kind: 'scripted-cut', link: link ?? null })
      }
      history.add({ kind: 'edit', client, step, edit: applyRandomEdit(provider.doc, script) })
      if (script.chance(0.12)) await new Promise((resolve) => setTimeout(resolve, script.int(4)))
    }

    history.add({ kind: 'heal' })
    // No forced reconnect here: links that lost a frame were already cut (and are reconnecting), and every other
    // link must deliver what is left on its own, or the run fails.
    proxy.setPlan(cleanNetwork)
    for (const provider of providers) if (!provider.shouldConnect) provider.connect()
    const clientState = (provider: WebsocketProvider): ReplicaState => ({
      ...replicaState(Y.encodeStateAsUpdate(provider.doc)),
      pending: hasPendingUpdates(provider.doc),
    })
    const same = (left: ReplicaState, right: ReplicaState): boolean =>
      left.content === right.content && left.vector === right.vector && left.deletions === right.deletions
    await waitFor(
      'every replica equal to the server room',
      async () => {
        if (!providers.every((provider) => provider.synced)) return false
        const room = replicaState(await target.readRoom(docId))
        return providers.every((provider) => same(clientState(provider), room))
      },
      30_000,
    ).catch(() => undefined)

    const roomUpdate = await target.readRoom(docId)
    const storeUpdate = await target.readStore(docId)
    const room = replicaState(roomUpdate)
    const stored = replicaState(storeUpdate)
    const storedVector = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(storeUpdate))
    const problems: string[] = []
    const compare = (name: string, state: ReplicaState, deletions: boolean): void => {
      if (state.pending) problems.push(`${name} holds pending updates`)
      if (state.content !== room.content) problems.push(`${name} differs from the server room in content`)
      if (state.vector !== room.vector) problems.push(`${name} differs from the server room in state vector`)
      if (deletions && state.deletions !== room.deletions)
        problems.push(`${name} differs from the server room in deletions`)
    }
    if (room.pending) problems.push('the server room holds pending updates')
    // Not the store's deletions: its rows are the updates as clients sent them, and an insert into a paragraph that
    // someone deleted meanwhile is deleted by whichever doc integrates the two, never by an update of its own. A
    // live doc's state lists that deletion; merged rows do not, until applied. Its content and clocks must match.
    compare('the store', stored, false)
    const clients = providers.map(clientState)
    clients.forEach((state, index) => compare(`client ${index}`, state, true))
    ackedVectors.forEach((acked, index) => {
      if (!coversStateVector(storedVector, acked))
        problems.push(`client ${index} was acknowledged a state the store does not hold`)
    })
    if (problems.length > 0) {
      throw new ConvergenceFailure(`seed ${seed}: ${problems.join('; ')}`, seed, {
        seed,
        sizes,
        plan,
        problems,
        room,
        store: stored,
        // Whole states (base64 Yjs updates) so the difference can be taken apart with Y.decodeUpdate.
        roomState: base64(roomUpdate),
        storeState: base64(storeUpdate),
        clients: providers.map((provider, index) => ({
          clientId: provider.doc.clientID,
          connected: provider.wsconnected,
          synced: provider.synced,
          shouldConnect: provider.shouldConnect,
          ...clients[index],
          state: base64(Y.encodeStateAsUpdate(provider.doc)),
        })),
        history,
      })
    }
    return {
      seed,
      plan,
      edits: history.count('edit'),
      drops: history.count('drop'),
      duplicates: history.count('duplicate'),
      reorders: history.count('reorder'),
      cuts: history.count('cut'),
      disconnects,
      acks,
    }
  } catch (error) {
    if (error instanceof ConvergenceFailure) throw error
    throw new ConvergenceFailure(`seed ${seed}: ${String(error)}`, seed, {
      seed,
      sizes,
      plan,
      docId,
      error: String(error),
      history,
    })
  } finally {
    for (const provider of providers) {
      provider.destroy()
      provider.doc.destroy()
    }
    await proxy.close()
  }
}
