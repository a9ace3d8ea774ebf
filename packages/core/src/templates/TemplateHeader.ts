import type { TemplateDefinition } from './TemplateDefinition'

/** Everything of a template except its body: what a draft is published as. */
export type TemplateHeader = Omit<TemplateDefinition, 'body'>
