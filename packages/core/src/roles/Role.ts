/**
 * 角色: a role granted on a unit and inherited by the units below.
 * member 党员, editor 支委/书记, supervisor 督办, certifier 认证组, admin 管理员.
 */
export type Role = 'member' | 'editor' | 'supervisor' | 'certifier' | 'admin'
