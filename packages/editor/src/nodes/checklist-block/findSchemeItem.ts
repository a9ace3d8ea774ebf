import type { Scheme, SchemeItem } from '@zhibu/core'

/** The scheme item with this id, wherever it sits in the module → group tree. */
export function findSchemeItem(scheme: Scheme, itemId: string): SchemeItem | undefined {
  for (const module of scheme.modules)
    for (const group of module.groups) for (const item of group.items) if (item.id === itemId) return item
  return undefined
}
