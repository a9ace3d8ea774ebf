/**
 * A message another node committed or received for a room: a Yjs update already durable in the shared store
 * (with its room seq, so a receiver can detect gaps and catch up from the store), an awareness update, or a
 * `head`: "the store holds this room up to `seq`", sent when updates may have gone unpublished, so a receiver
 * behind it reads what it missed from the store.
 */
export type FanoutMessage =
  | { kind: 'update'; room: string; seq: number; update: Uint8Array; origin: string }
  | { kind: 'awareness'; room: string; update: Uint8Array; origin: string }
  | { kind: 'head'; room: string; seq: number; origin: string }

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
  /**
   * Resolves once messages for `room` are being received (at once when there is no one to hear from), so a room
   * that reads the store after this misses nothing in between. Resolves, rather than fails, when that cannot be
   * confirmed; a fan-out that comes back later hands the room the stored state anyway.
   */
  subscribed(room: string): Promise<void>
  close(): Promise<void>
}
