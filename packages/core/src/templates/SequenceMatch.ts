/**
 * How two ordered lists line up: `kept` pairs are equal, `changed` pairs are the same kind of thing with
 * different content (a re-pointed block, an edited heading), the rest were removed or added. Indices are
 * into the `from` and `to` lists.
 */
export interface SequenceMatch {
  readonly kept: readonly (readonly [number, number])[]
  readonly changed: readonly (readonly [number, number])[]
  readonly removed: readonly number[]
  readonly added: readonly number[]
}
