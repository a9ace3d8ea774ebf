import { randomUUID } from 'node:crypto'
import type { RoomFanout } from './RoomFanout'

/** {@link RoomFanout} for a single node: every client of a room is on this node, so there is no one to tell. */
export class LocalFanout implements RoomFanout {
  readonly nodeId = randomUUID()

  publish(): void {}

  subscribe(): () => void {
    return () => undefined
  }

  subscribed(): Promise<void> {
    return Promise.resolve()
  }

  close(): Promise<void> {
    return Promise.resolve()
  }
}
