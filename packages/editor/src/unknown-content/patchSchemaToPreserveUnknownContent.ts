import { Mark, MarkType } from '@tiptap/pm/model'
import type { Attrs, MarkSpec, Node as ProseMirrorNode, NodeType, Schema } from '@tiptap/pm/model'
import * as Y from 'yjs'

type NodeFactory = Schema['node']
type MarkFactory = Schema['mark']
type MarkTypeConstructor = new (name: string, rank: number, schema: Schema, spec: MarkSpec) => MarkType
type MarkConstructor = new (type: MarkType, attrs: Attrs) => Mark

/**
 * Makes the Yjs binding keep content from newer clients (较新版本的内容) instead of deleting it.
 *
 * y-tiptap turns each Y.XmlElement into a ProseMirror node with `schema.node(name, attrs, children)`
 * and each text run with `schema.mark(name, attrs)`. When the name is not in this client's schema that
 * call throws, and y-tiptap answers by deleting the Yjs element or text from the shared document, for
 * every collaborator. This patch answers those calls instead:
 * - an unknown node becomes an opaque `unknownBlock` / `unknownInline` atom. The binding maps the atom
 *   to the original element and, since nothing can edit inside an atom, never rewrites it; the element
 *   keeps its name, attributes and children in Yjs.
 * - an unknown mark becomes a mark of a synthesised type with the same name and attributes, so editing
 *   the text writes the mark back unchanged.
 * - unknown attributes of a known node are kept on the ProseMirror node, so editing the node does not
 *   remove them from Yjs.
 * Limits: copying or moving an unknown block creates a placeholder without its content; changing a
 * known node's attributes through a command (e.g. heading level) recomputes them and drops unknown ones.
 */
export function patchSchemaToPreserveUnknownContent(schema: Schema, fragment: Y.XmlFragment): void {
  const createKnownNode: NodeFactory = schema.node.bind(schema)
  const createKnownMark: MarkFactory = schema.mark.bind(schema)
  const placements = new Map<string, 'block' | 'inline'>()
  const unknownMarkTypes = new Map<string, MarkType>()

  const placeholderFor = (name: string): NodeType => {
    let placement = placements.get(name)
    if (placement === undefined) {
      placement = findPlacement(fragment, name, schema)
      placements.set(name, placement)
    }
    return schema.nodes[placement === 'inline' ? 'unknownInline' : 'unknownBlock']!
  }

  const patchedNode: NodeFactory = (type, attrs, content, marks) => {
    const name = typeof type === 'string' ? type : type.name
    const known = schema.nodes[name]
    if (known === undefined) return placeholderFor(name).create({ originalName: name })
    const node = createKnownNode(known, attrs, content, marks)
    keepUnknownAttributes(node, attrs)
    return node
  }

  const patchedMark: MarkFactory = (type, attrs) => {
    if (typeof type !== 'string' || schema.marks[type] !== undefined) return createKnownMark(type, attrs)
    let markType = unknownMarkTypes.get(type)
    if (markType === undefined) {
      markType = synthesiseMarkType(schema, type, Object.keys(schema.marks).length + unknownMarkTypes.size)
      unknownMarkTypes.set(type, markType)
    }
    return markType.create(attrs)
  }

  schema.node = patchedNode
  schema.mark = patchedMark
}

/**
 * ProseMirror types are inline or block, never both, so one look at where an element with this name
 * sits decides it for every element with that name: beside text or in a textblock means inline.
 */
function findPlacement(fragment: Y.XmlFragment, name: string, schema: Schema): 'block' | 'inline' {
  const element = findElement(fragment, name)
  if (element === null) return 'block'
  const parent = element.parent
  if (parent instanceof Y.XmlElement && schema.nodes[parent.nodeName]?.inlineContent === true) return 'inline'
  if (parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment) {
    if (parent.toArray().some((sibling) => sibling instanceof Y.XmlText)) return 'inline'
  }
  return 'block'
}

function findElement(fragment: Y.XmlFragment, name: string): Y.XmlElement | null {
  const pending: Array<Y.XmlFragment | Y.XmlElement> = [fragment]
  for (let parent = pending.pop(); parent !== undefined; parent = pending.pop()) {
    for (const child of parent.toArray()) {
      if (!(child instanceof Y.XmlElement)) continue
      if (child.nodeName === name) return child
      pending.push(child)
    }
  }
  return null
}

function keepUnknownAttributes(node: ProseMirrorNode, attrs: Attrs | null | undefined): void {
  if (attrs === null || attrs === undefined) return
  // node.attrs holds every attribute the type declares, so any other key came from a newer client.
  const unknownKeys = Object.keys(attrs).filter((key) => !(key in node.attrs) && key !== 'ychange')
  if (unknownKeys.length === 0) return
  // With non-null attrs ProseMirror builds a fresh attrs object for this node, so adding to it
  // cannot leak into other nodes; the Yjs binding then writes these keys back unchanged.
  const ownAttrs = node.attrs as Record<string, unknown>
  for (const key of unknownKeys) ownAttrs[key] = attrs[key]
}

function synthesiseMarkType(schema: Schema, name: string, rank: number): MarkType {
  const spec: MarkSpec = { toDOM: () => ['span', { 'data-unknown-mark': name }, 0] }
  const markType = new (MarkType as unknown as MarkTypeConstructor)(name, rank, schema, spec)
  // A mark excludes itself by default (ProseMirror's rule when `excludes` is unset).
  ;(markType as unknown as { excluded: MarkType[] }).excluded = [markType]
  // Keep every attribute the newer client wrote; ProseMirror would keep only declared ones.
  markType.create = (attrs) => new (Mark as unknown as MarkConstructor)(markType, { ...(attrs ?? {}) })
  return markType
}
