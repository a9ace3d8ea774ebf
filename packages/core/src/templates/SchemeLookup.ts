import type { Scheme } from '../scheme/Scheme'
import type { TemplateDefinition } from './TemplateDefinition'

/**
 * Finds the scheme a template's blocks are bound to. It gets the template too, so a caller that keeps
 * scheme versions can answer per template version; the built-in lookup ignores it.
 */
export type SchemeLookup = (schemeId: string, template: TemplateDefinition) => Scheme | undefined
