import type { Role } from './Role'

/** Every role, from least to most privileged in content terms (the order is for display only). */
export const roles: readonly Role[] = ['member', 'editor', 'supervisor', 'certifier', 'admin']
