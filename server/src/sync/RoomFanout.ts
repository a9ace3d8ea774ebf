/**
 * A message another node committed or received for a room: a Yjs update already durable in the shared store
 * (with its room seq, so a receiver can detect gaps and catch up from the store), or an awareness update.
 */
export type FanoutMessage =
  | { kind: 'update'; room: string; seq: number; update: Uint8Array; origin: string }
  | { kind: 'awareness'; room: string; update: Uint8Array; origin: string }

/**
 * Cross-node fan-out of committed updates and awareness. Single node: {@link LocalFanout} (does nothing).
 * A Redis implementation publishes after commit and delivers other nodes' messages to `subscribe`rs;
 * `origin` is the publishing node id so a node ignores its own echoes.
 */
export interface RoomFanout {
  readonly nodeId: string
  publish(message: FanoutMessage): void
  /** Called when a room is loaded on this node; the returned function is called when it is unloaded. */
  subscribe(room: string, listener: (message: FanoutMessage) => void): () => void
  close(): Promise<void>
}
