import type { Role } from './Role'

/** 组织单元 (工委 / 党总支 / 党支部 / 党小组) as the signed-in user sees it, with their effective role there. */
export interface UnitRecord {
  id: string
  name: string
  kind: string
  parentId: string | null
  /** Effective role on this unit (inherited from above); null when the unit is shown only as a path to others. */
  role: Role | null
}
