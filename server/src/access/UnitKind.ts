/** 单位类型: organisation 工委/机关党委, committee 党总支/党委, branch 党支部, group 党小组. */
export type UnitKind = 'organisation' | 'committee' | 'branch' | 'group'

/** Every unit kind accepted by the API. */
export const unitKinds: readonly UnitKind[] = ['organisation', 'committee', 'branch', 'group']
