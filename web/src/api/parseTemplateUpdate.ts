import type { TemplateDiffChange, TemplateUpdate } from './DocumentExtrasApi'
import { readField } from './readField'
import { readList } from './readList'

const kinds = new Set<TemplateDiffChange['kind']>(['added', 'removed', 'repointed', 'textChanged'])

function readVersion(value: unknown, key: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const field = (value as Record<string, unknown>)[key]
  if (typeof field === 'number') return String(field)
  return typeof field === 'string' ? field : undefined
}

function readText(value: unknown, key: string): string | undefined {
  const field = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : null
  if (typeof field === 'string') return field
  if (typeof field === 'number') return String(field)
  return undefined
}

function parseChange(value: unknown): TemplateDiffChange | null {
  const kind = readField(value, 'kind') as TemplateDiffChange['kind'] | undefined
  if (kind === undefined || !kinds.has(kind)) return null
  const id = readField(value, 'id') ?? readField(value, 'itemId') ?? ''
  const from = readText(value, 'from')
  const to = readText(value, 'to')
  // core's TemplateChange carries labels in from/to rather than a title: an added or removed subject is named
  // by its label, a moved or reworded one by its id (its from/to are then the old and new values).
  const label = kind === 'added' ? to : kind === 'removed' ? from : undefined
  const title = readField(value, 'title') ?? label ?? id
  const change: TemplateDiffChange = { kind, id, title }
  const subject = readField(value, 'subject')
  if (subject === 'block' || subject === 'text' || subject === 'item') change.subject = subject
  const field = readField(value, 'field')
  if (field === 'title' || field === 'description' || field === 'points') change.field = field
  if (from !== undefined) change.from = from
  if (to !== undefined) change.to = to
  return change
}

/** `GET /api/docs/:id/template-update`, tolerant of numeric versions and of extra fields. */
export function parseTemplateUpdate(value: unknown): TemplateUpdate | null {
  const current = readVersion(value, 'current')
  const latest = readVersion(value, 'latest')
  if (current === undefined || latest === undefined) return null
  const diff = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).diff : null
  if (diff === null || diff === undefined) return { current, latest, diff: null }
  const changes = readList(diff, 'changes')
    .map(parseChange)
    .filter((change): change is TemplateDiffChange => change !== null)
  return { current, latest, diff: { changes } }
}
