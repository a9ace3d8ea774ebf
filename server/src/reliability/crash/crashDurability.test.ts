import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { recordFailure } from '../support/recordFailure'
import { soakSize } from '../support/soakSize'
import { createStoreUnderTest } from '../support/StoreUnderTest'
import { runCrashCycles } from './runCrashCycles'

const failuresDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'failures')
const sizes = {
  clients: soakSize('ZHIBU_CRASH_CLIENTS', 20, 20),
  editsPerClient: soakSize('ZHIBU_CRASH_EDITS', 500, 5_000),
  minKills: soakSize('ZHIBU_SOAK_KILLS', 20, 200),
}
const seed = Number(process.env.ZHIBU_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31))

// Twenty clients are twenty WebsocketProviders, each listening for the process's exit.
process.setMaxListeners(100)

describe('no acknowledged edit is lost when the process is killed (docs/reliability.md §2)', () => {
  for (const kind of ['sqlite', 'postgres'] as const) {
    it(`${kind}: SIGKILL at random moments loses nothing acknowledged or broadcast (seed ${seed})`, async () => {
      console.log(
        `crash durability on ${kind}: seed ${seed} (replay with ZHIBU_CRASH_SEED=${seed}), ${sizes.clients} clients × ` +
          `${sizes.editsPerClient} edits, at least ${sizes.minKills} kills`,
      )
      const store = await createStoreUnderTest(kind)
      try {
        const outcome = await runCrashCycles(store, seed, sizes)
        const { history, ...summary } = outcome
        console.log(
          `crash durability on ${kind}: ${outcome.edits} edits, ${outcome.kills} kills, ${outcome.acknowledged} ` +
            `acknowledged, ${outcome.seen} seen by another client, ${outcome.promised} promised, ` +
            `${outcome.lost} lost, integrity problems: ${outcome.integrityProblems.length}; mean ms per life ` +
            JSON.stringify(outcome.meanPhaseMs),
        )
        if (outcome.lost > 0 || outcome.integrityProblems.length > 0) {
          const file = recordFailure(failuresDir, `${kind}-seed-${seed}`, { sizes, ...summary, history })
          console.log(`crash durability on ${kind} FAILED; history in ${file}`)
        }
        expect(outcome.lostKeys).toEqual([])
        expect(outcome.lost).toBe(0)
        expect(outcome.integrityProblems).toEqual([])
        expect(outcome.kills).toBeGreaterThanOrEqual(sizes.minKills)
        expect(outcome.edits).toBeGreaterThanOrEqual(sizes.clients * sizes.editsPerClient)
        // A run where nothing was promised proves nothing.
        expect(outcome.promised).toBeGreaterThan(outcome.edits / 10)
      } finally {
        await store.remove()
      }
    }, 900_000)
  }
})
