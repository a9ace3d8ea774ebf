/** 角色: a user's role on a unit (granted there or inherited from a unit above). */
export type Role = 'member' | 'editor' | 'supervisor' | 'certifier' | 'admin'
