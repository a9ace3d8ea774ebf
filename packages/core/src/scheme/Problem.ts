/**
 * 问题 — one validation finding, with a stable `code` and the `path` to the offending value
 * (e.g. `["modules", 0, "groups", 1, "items", 2, "fullPoints"]`).
 * `error` makes the input unusable; `warning` is reported and the input is still used.
 */
export interface Problem {
  readonly code: string
  readonly path: readonly (string | number)[]
  readonly message: string
  readonly severity: 'error' | 'warning'
}
