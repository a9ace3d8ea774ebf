/**
 * How many iterations a reliability suite runs: `ZHIBU_<NAME>_COUNT` when set, else the soak size under
 * `pnpm test:soak` (ZHIBU_SOAK=1), else the CI size.
 */
export function suiteSize(name: string, ci: number, soak: number): number {
  const override = process.env[`ZHIBU_${name}_COUNT`]
  if (override !== undefined && override !== '') return Number(override)
  return process.env.ZHIBU_SOAK === '1' ? soak : ci
}
