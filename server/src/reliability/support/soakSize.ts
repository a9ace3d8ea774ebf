/** True under `pnpm test:soak` (`ZHIBU_SOAK=1`). */
export function isSoak(): boolean {
  return process.env.ZHIBU_SOAK === '1'
}

/**
 * A suite's size: the environment variable `name` when set, otherwise `soak` under `pnpm test:soak` and `ci`
 * in `pnpm test`. Suites print the sizes they ran with.
 */
export function soakSize(name: string, ci: number, soak: number): number {
  const raw = process.env[name]
  if (raw !== undefined && raw !== '') {
    const value = Number(raw)
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got ${raw}`)
    return value
  }
  return isSoak() ? soak : ci
}
