/** Runs a seeded test body; a failure names the seed and how to replay it, so it can be kept as a permanent case. */
export async function withSeed(suite: string, seed: number, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    const replay = `replay: ZHIBU_SEED=${seed} npx vitest run --project reliability ${suite}`
    if (error instanceof Error) {
      error.message = `[seed ${seed}] ${error.message}\n${replay}; add the seed to the suite's permanent seeds`
      throw error
    }
    throw new Error(`[seed ${seed}] ${String(error)}\n${replay}`, { cause: error })
  }
}
