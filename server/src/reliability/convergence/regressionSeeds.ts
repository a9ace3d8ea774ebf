/**
 * Seeds that always run first in the convergence fuzz. A seed that ever failed is added here with a line on what it
 * found, so the case stays covered after the fix (yjs and tldraw keep theirs the same way). The first two are plain
 * anchors: a calm run and a stormy one, so every run covers both ends whatever the fresh seeds draw.
 */
export const regressionSeeds: ReadonlyArray<{ seed: number; why: string }> = [
  { seed: 1, why: 'anchor' },
  { seed: 20_261_123, why: 'anchor' },
  {
    seed: 868_283_150,
    why:
      'the store rendered two characters bold that the room and every client showed plain: the room doc committed ' +
      "nothing of Yjs's own formatting cleanup but broadcast it (fixed in Room.ts: committed first)",
  },
]
