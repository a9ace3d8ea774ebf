import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { connectProvider } from '../testing/connectProvider'
import type { SpawnedNode } from './spawnNode'
import { trackAcks } from './trackAcks'

/** Where one edit landed in its client's Y.Doc: the client id and the clock just after it. */
export interface EditMark {
  client: number
  clock: number
}

/** One stock y-websocket client (`?ack=1`) of the shared document, attached to one node. */
export interface EditingClient {
  index: number
  doc: Y.Doc
  provider: WebsocketProvider
  node: SpawnedNode
  /** Highest clock per client id that the current provider's node acknowledged as committed. */
  acknowledged: Map<number, number>
  /** Edit key (`<index>:<n>`) → where it landed, for matching edits against acknowledgements. */
  edits: Map<string, EditMark>
}

/**
 * The clients of a scale-out test: each edits the shared text at random places and writes keys only it writes,
 * so what should exist is known exactly and can be checked on every replica and in the store.
 */
export class EditingClients {
  readonly clients: EditingClient[] = []

  constructor(
    private readonly docId: string,
    private readonly token: string,
  ) {}

  connect(index: number, node: SpawnedNode): EditingClient {
    const doc = new Y.Doc()
    const provider = connectProvider(node.syncUrl, this.docId, this.token, { doc, ack: true })
    const client = { index, doc, provider, node, acknowledged: trackAcks(provider), edits: new Map() }
    this.clients.push(client)
    return client
  }

  /** Reconnects a client (same Y.Doc, with whatever it has not sent yet) through another node. */
  moveTo(client: EditingClient, node: SpawnedNode): void {
    client.provider.destroy()
    client.provider = connectProvider(node.syncUrl, this.docId, this.token, { doc: client.doc, ack: true })
    client.acknowledged = trackAcks(client.provider)
    client.node = node
  }

  /** One edit: a character at a random place in the shared text and a key only this client writes. */
  edit(client: EditingClient, random: () => number): void {
    const text = client.doc.getText('t')
    const key = `${client.index}:${client.edits.size + 1}`
    client.doc.transact(() => {
      text.insert(Math.floor(random() * (text.length + 1)), String.fromCharCode(0x4e00 + client.index))
      client.doc.getMap<number>('edits').set(key, client.edits.size + 1)
    })
    const id = client.doc.clientID
    client.edits.set(key, { client: id, clock: Y.getState(client.doc.store, id) })
  }

  /** `rounds` rounds in which each client (of those `only` picks) edits with probability `chance`, `pauseMs` apart. */
  async editRounds(
    random: () => number,
    rounds: number,
    options: {
      chance?: number
      pauseMs?: number
      onRound?: (round: number) => void
      only?: (client: EditingClient) => boolean
    } = {},
  ): Promise<void> {
    const editors = this.clients.filter(options.only ?? (() => true))
    for (let round = 0; round < rounds; round++) {
      for (const client of editors) if (random() < (options.chance ?? 0.6)) this.edit(client, random)
      options.onRound?.(round)
      await new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 20))
    }
  }

  expectedKeys(): string[] {
    return this.clients.flatMap((client) => [...client.edits.keys()]).sort()
  }

  /** Every client holds every edit, and all texts are equal. */
  converged(): boolean {
    const keys = this.expectedKeys().length
    const reference = this.clients[0]!.doc.getText('t').toJSON()
    return this.clients.every(
      (client) => client.doc.getMap('edits').size === keys && client.doc.getText('t').toJSON() === reference,
    )
  }

  destroy(): void {
    for (const client of this.clients) client.provider.destroy()
  }
}
