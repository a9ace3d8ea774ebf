/**
 * The seeds a fuzz test runs: its permanent cases (seeds that once failed, kept so the bug stays fixed) and one
 * fresh seed per run, or only `ZHIBU_SEED` when it is set (replaying a failure).
 */
export function fuzzSeeds(permanent: readonly number[]): number[] {
  const replay = process.env.ZHIBU_SEED
  if (replay !== undefined && replay !== '') return [Number(replay)]
  const fresh = Math.floor(Math.random() * 2 ** 31)
  return [...permanent.filter((seed) => seed !== fresh), fresh]
}
