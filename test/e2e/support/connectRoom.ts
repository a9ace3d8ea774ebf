import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** A Node-side connection to a document room, as any stock y-websocket client would make it. */
export async function connectRoom(
  baseUrl: string,
  token: string,
  room: string,
): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  })
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()))
  return { doc, provider }
}

/** Waits (bounded) until a fresh connection to the room sees `check` hold: the server has committed the change. */
export async function waitForServerState(
  baseUrl: string,
  token: string,
  room: string,
  check: (doc: Y.Doc) => boolean,
  timeout = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeout
  for (;;) {
    const { doc, provider } = await connectRoom(baseUrl, token, room)
    const holds = check(doc)
    provider.destroy()
    doc.destroy()
    if (holds) return
    if (Date.now() > deadline) throw new Error(`room ${room} never reached the expected state`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
