import { getBuiltInScheme } from '@zhibu/core'
import type { Scheme } from '@zhibu/core'
import type { LivingTemplateContext } from './LivingTemplateContext'

/** The scheme a block names: the web app's lookup first (organisation schemes), then the built-in ones. */
export function resolveScheme(context: LivingTemplateContext, schemeId: string | null): Scheme | undefined {
  if (schemeId === null || schemeId === '') return undefined
  return context.getScheme?.(schemeId) ?? getBuiltInScheme(schemeId)
}
