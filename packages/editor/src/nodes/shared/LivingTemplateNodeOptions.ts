import type { LivingTemplateContext } from './LivingTemplateContext'

/** Options every living-template node takes: the web app's context plus extra wrapper attributes. */
export interface LivingTemplateNodeOptions extends LivingTemplateContext {
  /** extra HTML attributes on the wrapper */
  HTMLAttributes: Record<string, string>
}
