import type * as Y from 'yjs'
import { templateKinds } from '../templates/templateKinds'
import type { DocumentMeta } from './DocumentMeta'
import type { YDocIssue } from './YDocIssue'

/**
 * [S200] Read the `meta` map. Every field except schemeId is required; a missing or mistyped field
 * is reported with a path instead of being filled with a default.
 */
export function readMeta(
  doc: Y.Doc,
):
  | { readonly ok: true; readonly value: DocumentMeta }
  | { readonly ok: false; readonly issues: readonly YDocIssue[] } {
  const map = doc.getMap<unknown>('meta')
  const issues: YDocIssue[] = []
  const text = (key: string): string => {
    const value = map.get(key)
    if (typeof value === 'string' && value !== '') return value
    issues.push({
      code: value === undefined ? 'YDOC_FIELD_MISSING' : 'YDOC_FIELD_INVALID',
      path: `meta.${key}`,
      message: `meta.${key} 须为非空文本`,
    })
    return ''
  }
  const docId = text('docId')
  const templateId = text('templateId')
  const title = text('title')
  const createdAt = text('createdAt')
  const kind = text('kind')
  if (kind !== '' && !(templateKinds as readonly string[]).includes(kind)) {
    issues.push({ code: 'YDOC_FIELD_INVALID', path: 'meta.kind', message: `未知的文档类别: ${kind}` })
  }
  const templateVersion = map.get('templateVersion')
  if (typeof templateVersion !== 'number' || !Number.isInteger(templateVersion) || templateVersion < 1) {
    issues.push({
      code: templateVersion === undefined ? 'YDOC_FIELD_MISSING' : 'YDOC_FIELD_INVALID',
      path: 'meta.templateVersion',
      message: 'meta.templateVersion 须为正整数',
    })
  }
  const schemeId = map.get('schemeId')
  if (schemeId !== undefined && typeof schemeId !== 'string') {
    issues.push({ code: 'YDOC_FIELD_INVALID', path: 'meta.schemeId', message: 'meta.schemeId 须为文本' })
  }
  if (issues.length > 0) return { ok: false, issues }
  return {
    ok: true,
    value: {
      docId,
      templateId,
      templateVersion: templateVersion as number,
      kind: kind as DocumentMeta['kind'],
      title,
      createdAt,
      ...(typeof schemeId === 'string' ? { schemeId } : {}),
    },
  }
}
