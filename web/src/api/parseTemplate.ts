import type { TemplateRecord } from '../storage/TemplateRecord'
import { readField } from './readField'

/** One template of `GET /api/templates`. */
export function parseTemplate(value: unknown): TemplateRecord | null {
  const id = readField(value, 'id')
  if (id === undefined) return null
  const version =
    typeof value === 'object' && value !== null ? (value as Record<string, unknown>).version : undefined
  const template: TemplateRecord = {
    id,
    name: readField(value, 'name') ?? readField(value, 'title') ?? id,
    kind: readField(value, 'kind') ?? 'other',
  }
  if (typeof version === 'number') template.version = version
  const nameEn = readField(value, 'titleEn') ?? readField(value, 'nameEn')
  if (nameEn !== undefined) template.nameEn = nameEn
  return template
}
