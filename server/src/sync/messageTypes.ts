/** y-websocket message types, plus our acknowledgement sent only to `?ack=1` clients. */
export const messageTypes = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  ack: 100,
} as const
