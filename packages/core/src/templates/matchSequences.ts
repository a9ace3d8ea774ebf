import { longestCommonSubsequence } from './longestCommonSubsequence'
import type { SequenceMatch } from './SequenceMatch'

/**
 * [S231] Lines up two lists: equal keys by longest common subsequence; between two such anchors, the
 * leftovers of the same type pair up in order as changed; what remains is removed or added.
 * Deterministic: the same inputs always give the same match.
 */
export function matchSequences(
  from: readonly { readonly key: string; readonly type: string }[],
  to: readonly { readonly key: string; readonly type: string }[],
): SequenceMatch {
  const kept = longestCommonSubsequence(
    from.map((entry) => entry.key),
    to.map((entry) => entry.key),
  )
  const changed: (readonly [number, number])[] = []
  const removed: number[] = []
  const added: number[] = []
  let fromStart = 0
  let toStart = 0
  for (const [fromEnd, toEnd] of [...kept, [from.length, to.length] as const]) {
    const fromGap = range(fromStart, fromEnd)
    const toGap = range(toStart, toEnd)
    // Pairs keep their order (a later old entry never pairs with an earlier new one), so applying the match
    // in place yields the new order.
    let next = 0
    const pairedTo = new Set<number>()
    for (const fromIndex of fromGap) {
      const offset = toGap.slice(next).findIndex((candidate) => to[candidate]?.type === from[fromIndex]?.type)
      if (offset === -1) {
        removed.push(fromIndex)
        continue
      }
      const toIndex = toGap[next + offset]!
      pairedTo.add(toIndex)
      changed.push([fromIndex, toIndex])
      next += offset + 1
    }
    for (const toIndex of toGap) if (!pairedTo.has(toIndex)) added.push(toIndex)
    fromStart = fromEnd + 1
    toStart = toEnd + 1
  }
  return { kept, changed, removed, added }
}

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, offset) => start + offset)
}
