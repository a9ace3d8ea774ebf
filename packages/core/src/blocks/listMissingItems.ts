import type { ItemScore } from '../engine/ItemScore'
import type { ScoreSheet } from '../engine/ScoreSheet'

/** [B3] The scored items still unanswered on a sheet, in scheme order ("还有5项未填"). */
export function listMissingItems(sheet: ScoreSheet): readonly ItemScore[] {
  return sheet.modules.flatMap((module) =>
    module.groups.flatMap((group) => group.items.filter((item) => item.status === 'missing')),
  )
}
