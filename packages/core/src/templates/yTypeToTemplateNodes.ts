import * as Y from 'yjs'
import type { TemplateMark } from './TemplateMark'
import type { TemplateNode } from './TemplateNode'

/**
 * [S241] Yjs XML types back to ProseMirror JSON, the inverse of `templateNodeToYType`: elements become nodes
 * with their attributes, text runs become text nodes with their formatting attributes as marks.
 */
export function yTypeToTemplateNodes(
  children: readonly (Y.XmlElement | Y.XmlText | Y.XmlHook)[],
): TemplateNode[] {
  const result: TemplateNode[] = []
  for (const child of children) {
    if (child instanceof Y.XmlText) result.push(...textToNodes(child))
    else if (child instanceof Y.XmlElement) result.push(elementToNode(child))
  }
  return result
}

function elementToNode(element: Y.XmlElement): TemplateNode {
  const attrs: Record<string, string | number | boolean> = {}
  for (const [name, value] of Object.entries(element.getAttributes() as Record<string, unknown>)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      attrs[name] = value
  }
  const content = yTypeToTemplateNodes(element.toArray())
  return {
    type: element.nodeName,
    ...(Object.keys(attrs).length === 0 ? {} : { attrs }),
    ...(content.length === 0 ? {} : { content }),
  }
}

function textToNodes(text: Y.XmlText): TemplateNode[] {
  const delta = text.toDelta() as { insert: unknown; attributes?: Record<string, unknown> }[]
  return delta
    .filter(
      (entry): entry is { insert: string; attributes?: Record<string, unknown> } =>
        typeof entry.insert === 'string',
    )
    .filter((entry) => entry.insert !== '')
    .map((entry) => {
      const marks = Object.entries(entry.attributes ?? {}).map(([type, attrs]): TemplateMark => {
        const markAttrs = isAttrs(attrs) && Object.keys(attrs).length > 0 ? attrs : undefined
        return markAttrs === undefined ? { type } : { type, attrs: markAttrs }
      })
      return marks.length === 0
        ? { type: 'text', text: entry.insert }
        : { type: 'text', text: entry.insert, marks }
    })
}

function isAttrs(value: unknown): value is Record<string, string | number | boolean | null> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
