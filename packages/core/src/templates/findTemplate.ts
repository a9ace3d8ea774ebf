import { builtInTemplates } from './builtInTemplates'
import type { TemplateDefinition } from './TemplateDefinition'

/** A built-in template by id, or undefined. */
export function findTemplate(id: string): TemplateDefinition | undefined {
  return builtInTemplates.find((template) => template.id === id)
}
