import type { BlockError } from './BlockError'

/** Outcome of a block edit: the value, or a coded refusal (the shared data is left untouched). */
export type BlockResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: BlockError }
