import type { ServerHandle } from '../serverTargets'
import { SyncClient, type SyncClientOptions } from './SyncClient'

/** Connects `count` clients, `concurrency` at a time; client `i` joins `roomOf(i)` with `optionsOf(i)`. */
export async function connectMany(
  server: ServerHandle,
  count: number,
  roomOf: (index: number) => string,
  optionsOf: (index: number) => SyncClientOptions = () => ({}),
  concurrency = 25,
): Promise<SyncClient[]> {
  const clients = new Array<SyncClient>(count)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < count; index = next++) {
      clients[index] = await SyncClient.connect(server, roomOf(index), index, optionsOf(index))
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return clients
}
