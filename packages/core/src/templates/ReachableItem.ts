import type { SchemeItem } from '../scheme/SchemeItem'

/** 可达评分项: a scheme item a template's checklist blocks show, and where it sits. */
export interface ReachableItem {
  readonly item: SchemeItem
  readonly schemeId: string
  readonly moduleId: string
  readonly moduleTitle: string
  readonly groupId: string
  readonly groupTitle: string
}
