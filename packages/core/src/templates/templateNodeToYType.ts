import * as Y from 'yjs'
import type { TemplateNode } from './TemplateNode'

function textToYText(run: readonly TemplateNode[]): Y.XmlText {
  const text = new Y.XmlText()
  text.applyDelta(
    run.map((node) => {
      const attributes: Record<string, unknown> = {}
      // y-prosemirror stores each mark as a formatting attribute named after the mark, valued by its attrs.
      for (const mark of node.marks ?? []) attributes[mark.type] = mark.attrs ?? {}
      return Object.keys(attributes).length === 0
        ? { insert: node.text ?? '' }
        : { insert: node.text ?? '', attributes }
    }),
  )
  return text
}

/**
 * [S221] Children of a ProseMirror node as Yjs XML types, encoded as y-prosemirror encodes them:
 * consecutive text nodes become one Y.XmlText (marks as formatting attributes), every other node a
 * Y.XmlElement named after its type with its non-null attrs as attributes.
 */
export function templateNodeToYType(children: readonly TemplateNode[]): (Y.XmlElement | Y.XmlText)[] {
  const types: (Y.XmlElement | Y.XmlText)[] = []
  let run: TemplateNode[] = []
  const flush = (): void => {
    if (run.length > 0) types.push(textToYText(run))
    run = []
  }
  for (const child of children) {
    if (child.type === 'text') {
      run.push(child)
      continue
    }
    flush()
    const element = new Y.XmlElement(child.type)
    for (const [key, value] of Object.entries(child.attrs ?? {})) {
      // XmlElement attributes are typed as strings, but y-prosemirror stores numbers and booleans as-is.
      if (value !== null) element.setAttribute(key, value as string)
    }
    element.insert(0, templateNodeToYType(child.content ?? []))
    types.push(element)
  }
  flush()
  return types
}
