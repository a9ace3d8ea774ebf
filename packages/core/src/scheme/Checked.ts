import type { Problem } from './Problem'

/** Result of checking input: the value with its warnings, or every problem found (at least one error). */
export type Checked<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] }
