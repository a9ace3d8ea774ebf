import type { TemplateNode } from './TemplateNode'

/** The plain text of a template node (list items joined by line breaks); `(空段落)` for an empty one. */
export function templateNodeText(node: TemplateNode): string {
  const text = collect(node)
  return text === '' ? '(空段落)' : text
}

function collect(node: TemplateNode): string {
  if (node.type === 'text') return node.text ?? ''
  const children = node.content ?? []
  const separator = node.type === 'bulletList' || node.type === 'orderedList' ? '\n' : ''
  return children.map(collect).join(separator)
}
