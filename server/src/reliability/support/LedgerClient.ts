import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { connectProvider } from '../../testing/connectProvider'
import type { AckLedger, LedgerEdit } from './AckLedger'
import type { SeededRandom } from '../../testing/SeededRandom'

const messageAck = 100

function marker(key: string): string {
  return `⟦${key}⟧`
}

/**
 * A stock y-websocket client that makes edits the {@link AckLedger} can follow. Each edit adds a ledger row
 * (`ledger` map, per docs/architecture.md) and writes a unique marker into the Tiptap fragment, as a new paragraph
 * or at the start or end of an existing one (edits never land inside another marker, so each stays whole). It
 * connects with `?ack=1` when asked, feeding acknowledged state vectors to the ledger, and reports rows it
 * receives from the server as seen.
 */
export class LedgerClient {
  readonly provider: WebsocketProvider
  readonly doc = new Y.Doc()
  edits = 0

  constructor(
    readonly name: string,
    syncUrl: string,
    docId: string,
    token: string,
    private readonly ledger: AckLedger,
    private readonly random: SeededRandom,
    ack: boolean,
  ) {
    this.provider = connectProvider(syncUrl, docId, token, { doc: this.doc, ack })
    this.provider.messageHandlers[messageAck] = (_encoder, decoder) =>
      ledger.acknowledge(Y.decodeStateVector(decoding.readVarUint8Array(decoder)))
    this.doc.getMap('ledger').observe((event, transaction) => {
      if (transaction.local) return
      for (const key of event.keysChanged as Set<string>) ledger.seen(key)
    })
  }

  /**
   * One client per token for one life of a spawned server: names `c<index>.<life>`, each with its own fork of
   * `lifeRandom`, and every other one asking for acknowledgements (`?ack=1`), so both kinds of client are covered.
   */
  static forLife(
    life: string,
    syncUrl: string,
    docId: string,
    tokens: readonly string[],
    ledger: AckLedger,
    lifeRandom: SeededRandom,
  ): LedgerClient[] {
    return tokens.map(
      (token, index) =>
        new LedgerClient(
          `c${index}.${life}`,
          syncUrl,
          docId,
          token,
          ledger,
          lifeRandom.fork(`client ${index}`),
          index % 2 === 0,
        ),
    )
  }

  /**
   * For a document read back from the server: a test of whether it holds an edit, meaning its row, its whole marker
   * in the text and its clock in the state vector.
   */
  static presenceIn(doc: Y.Doc): (edit: LedgerEdit) => boolean {
    const markers = new Set(
      doc
        .getXmlFragment('default')
        .toJSON()
        .match(/⟦[^⟦⟧]*⟧/g) ?? [],
    )
    const rows = doc.getMap('ledger')
    return (edit) =>
      rows.has(edit.key) &&
      markers.has(marker(edit.key)) &&
      Y.getState(doc.store, edit.clientId) >= edit.clock
  }

  edit(): void {
    const key = `${this.name}.${++this.edits}`
    const fragment = this.doc.getXmlFragment('default')
    const random = this.random
    this.doc.transact(() => {
      const row = new Y.Map<unknown>()
      row.set('ledgerKind', 'reliability')
      row.set('position', random.int(1_000_000))
      row.set('author', this.name)
      this.doc.getMap('ledger').set(key, row)
      const texts = fragment
        .toArray()
        .flatMap((node) =>
          node instanceof Y.XmlElement && node.nodeName === 'paragraph' && node.get(0) instanceof Y.XmlText
            ? [node.get(0) as Y.XmlText]
            : [],
        )
      if (texts.length === 0 || random.chance(0.3)) {
        const paragraph = new Y.XmlElement('paragraph')
        paragraph.insert(0, [new Y.XmlText(marker(key))])
        fragment.insert(random.chance(0.5) ? 0 : fragment.length, [paragraph])
      } else {
        const text = random.pick(texts)
        text.insert(random.chance(0.5) ? 0 : text.length, marker(key))
      }
    })
    this.ledger.record(key, this.doc.clientID, Y.getState(this.doc.store, this.doc.clientID))
  }

  /** Drops the client and its cache: the next client starts from an empty Y.Doc. */
  destroy(): void {
    this.provider.destroy()
    this.doc.destroy()
  }
}
