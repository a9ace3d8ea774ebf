/** WebSocket close codes of the sync server (docs/architecture.md). */
export const closeCodes = {
  /** Server shutting down. */
  goingAway: 1001,
  /** Policy violation (reserved for clients that break the protocol's rules outside a frame). */
  policy: 1008,
  /** Frame over MAX_FRAME_BYTES. */
  messageTooBig: 1009,
  /** The store failed to commit: the client should reconnect and resync. */
  internalError: 1011,
  /** The client reads too slowly and its outgoing buffer overflowed. */
  tryAgainLater: 1013,
  /** Malformed y-protocol frame. */
  malformed: 4400,
  /** Missing, expired or revoked token. */
  unauthorized: 4401,
  /** No read access, the document does not exist, or the user's role changed. */
  forbidden: 4403,
  /** Message rate limit exceeded. */
  rateLimited: 4429,
} as const
