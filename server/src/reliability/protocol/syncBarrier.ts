import type { RawSyncClient } from '../../testing/RawSyncClient'
import { waitFor } from '../../testing/waitFor'
import { syncFrames } from './syncFrames'

function stepTwoReplies(client: RawSyncClient): number {
  return client.messages.filter((message) => message[0] === 0 && message[1] === 1).length
}

/**
 * Sends a sync step 1 and waits for its step 2 answer. The server handles a socket's frames in order, so once the
 * answer arrives every frame sent before it has been handled (and a dropped write has been dropped).
 */
export async function syncBarrier(client: RawSyncClient, timeoutMs = 10_000): Promise<void> {
  const before = stepTwoReplies(client)
  client.send(syncFrames.step1(Uint8Array.of(0)))
  await waitFor('sync barrier answer', () => stepTwoReplies(client) > before, timeoutMs)
}
