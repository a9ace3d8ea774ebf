import type { LedgerClient } from './LedgerClient'
import type { SeededRandom } from '../../testing/SeededRandom'
import { sleep } from './sleep'

/** How hard {@link keepEditing} types: edits per burst and the pause after each burst, as inclusive ranges. */
export interface EditingPace {
  burst: [number, number]
  pauseMs: [number, number]
}

/** Far faster than people type: the server always has a backlog. */
export const floodPace: EditingPace = { burst: [1, 6], pauseMs: [1, 10] }

/**
 * Every client types in bursts of separate transactions, pausing between bursts, until it has made `limit` edits or
 * `stopped()` turns true. Resolves when all clients have stopped.
 */
export async function keepEditing(
  clients: readonly LedgerClient[],
  random: SeededRandom,
  limit: number,
  stopped: () => boolean,
  pace: EditingPace = floodPace,
): Promise<void> {
  await Promise.all(
    clients.map(async (client) => {
      const timing = random.fork(`pace ${client.name}`)
      for (let count = 0; count < limit && !stopped();) {
        for (let burst = timing.between(...pace.burst); burst > 0 && count < limit; burst--, count++)
          client.edit()
        await sleep(timing.between(...pace.pauseMs))
      }
    }),
  )
}
