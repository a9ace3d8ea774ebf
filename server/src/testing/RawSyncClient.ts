import { WebSocket } from 'ws'
import * as decoding from 'lib0/decoding'

/** A raw `ws` client for forged and malformed frames: records every message and the close code. */
export class RawSyncClient {
  readonly messages: Uint8Array[] = []
  closeCode: number | undefined
  readonly opened: Promise<void>
  readonly closed: Promise<number>

  constructor(readonly ws: WebSocket) {
    ws.binaryType = 'nodebuffer'
    ws.on('message', (data: Buffer) => this.messages.push(new Uint8Array(data)))
    this.opened = new Promise((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
    })
    this.closed = new Promise((resolve) =>
      ws.once('close', (code: number) => {
        this.closeCode = code
        resolve(code)
      }),
    )
  }

  static connect(syncUrl: string, room: string, token: string | undefined, query = ''): RawSyncClient {
    const tokenQuery = token === undefined ? '' : `token=${encodeURIComponent(token)}`
    const separator = tokenQuery !== '' && query !== '' ? '&' : ''
    return new RawSyncClient(new WebSocket(`${syncUrl}/${room}?${tokenQuery}${separator}${query}`))
  }

  send(bytes: Uint8Array): void {
    this.ws.send(bytes)
  }

  /** Message types received, in order. */
  get messageTypes(): number[] {
    return this.messages.map((message) => decoding.readVarUint(decoding.createDecoder(message)))
  }
}
