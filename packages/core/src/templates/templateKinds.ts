import type { TemplateKind } from './TemplateKind'

/** Every template kind. */
export const templateKinds: readonly TemplateKind[] = [
  'minutes',
  'tasks',
  'problems',
  'rectification',
  'appraisal',
  'certification',
  'starRating',
]
