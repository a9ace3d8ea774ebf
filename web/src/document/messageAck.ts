/** Our sync extension (docs/architecture.md): the server's acknowledgement, sent only to `?ack=1` clients. */
export const messageAck = 100
