/** A frame that does not decode as the y-websocket protocol; the socket is closed with 4400. */
export class MalformedFrame extends Error {
  override readonly name = 'MalformedFrame'
}
