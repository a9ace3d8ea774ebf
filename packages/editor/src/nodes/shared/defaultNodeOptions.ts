import type { LivingTemplateNodeOptions } from './LivingTemplateNodeOptions'

/** Options of a node nobody configured: no context, so blocks show the document alone. */
export function defaultNodeOptions(): LivingTemplateNodeOptions {
  return { HTMLAttributes: {} }
}
