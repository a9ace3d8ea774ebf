import type { ItemScore, ScoreSheet } from '@zhibu/core'

/** Every item score of a sheet by item id, for rows that look their own up. */
export function itemScoresById(sheet: ScoreSheet | null | undefined): ReadonlyMap<string, ItemScore> {
  const scores = new Map<string, ItemScore>()
  for (const module of sheet?.modules ?? [])
    for (const group of module.groups) for (const item of group.items) scores.set(item.id, item)
  return scores
}
