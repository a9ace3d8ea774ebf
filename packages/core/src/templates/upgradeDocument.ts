import * as Y from 'yjs'
import { getAnswersMap } from '../ydoc/getAnswersMap'
import { plainValue } from '../ydoc/plainValue'
import { matchSequences } from './matchSequences'
import { reachableItems } from './reachableItems'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateBlock } from './TemplateBlock'
import { templateBlockOf } from './templateBlockOf'
import { templateBlockTypes } from './templateBlockTypes'
import type { TemplateDefinition } from './TemplateDefinition'
import type { TemplateNode } from './TemplateNode'
import { templateNodeToYType } from './templateNodeToYType'
import { yTypeToTemplateNodes } from './yTypeToTemplateNodes'
import type { UpgradeErrorCode } from './UpgradeErrorCode'
import type { UpgradeOutcome } from './UpgradeOutcome'

/** Options of {@link upgradeDocument}; core never reads a clock, so the archive timestamp is passed in. */
export interface UpgradeOptions {
  readonly now: string
  readonly schemes: SchemeLookup
}

/**
 * [S235]–[S240] Move a document from template version `from` to `to` in one transaction:
 * - `meta.templateVersion` (and `schemeId`) become the new version's;
 * - living blocks the new version removed are deleted, re-pointed ones get the new binding attrs, added ones are
 *   inserted next to the kept block that precedes them in the new version (else before the one that follows,
 *   else at the end); every other node (the writers' text) is left alone;
 * - answers to items the new version still reaches stay where they are; answers to items it no longer reaches
 *   move to `archivedAnswers` under `<fromVersion>:<itemId>` with `archivedAt`, never dropped.
 * A document already at `to.version` is left untouched (`applied: false`). The result depends only on the
 * document's state and the arguments.
 */
export function upgradeDocument(
  doc: Y.Doc,
  from: TemplateDefinition,
  to: TemplateDefinition,
  options: UpgradeOptions,
):
  | { readonly ok: true; readonly value: UpgradeOutcome }
  | { readonly ok: false; readonly error: { readonly code: UpgradeErrorCode; readonly message: string } } {
  const meta = doc.getMap<unknown>('meta')
  const current = meta.get('templateVersion')
  if (from.id !== to.id || (meta.has('templateId') && meta.get('templateId') !== to.id)) {
    return { ok: false, error: { code: 'TEMPLATE_MISMATCH', message: `文档不是由模板 ${to.id} 创建的` } }
  }
  if (to.version < from.version || (typeof current === 'number' && current > to.version)) {
    return {
      ok: false,
      error: { code: 'TEMPLATE_VERSION_OLDER', message: `不能降级到模板第 ${to.version} 版` },
    }
  }
  if (current === to.version)
    return { ok: true, value: { applied: false, templateVersion: to.version, archived: 0 } }
  if (current !== from.version) {
    return {
      ok: false,
      error: {
        code: 'TEMPLATE_VERSION_MISMATCH',
        message: `文档的模板版本是 ${String(current)}, 不是 ${from.version}`,
      },
    }
  }
  let archived = 0
  doc.transact(() => {
    updateBody(doc.getXmlFragment('default'), from, to)
    archived = archiveRemovedAnswers(doc, from, to, options)
    meta.set('templateVersion', to.version)
    if (to.schemeId === undefined) meta.delete('schemeId')
    else if (meta.get('schemeId') !== to.schemeId) meta.set('schemeId', to.schemeId)
  })
  return { ok: true, value: { applied: true, templateVersion: to.version, archived } }
}

function updateBody(fragment: Y.XmlFragment, from: TemplateDefinition, to: TemplateDefinition): void {
  const fromKeys = from.body.map(bodyKey)
  const toKeys = to.body.map(bodyKey)
  const match = matchSequences(fromKeys, toKeys)
  const elementOfFrom = assignElements(fragment, fromKeys)
  const elementOfTo = new Array<Y.XmlElement | undefined>(toKeys.length)
  for (const [fromIndex, toIndex] of [...match.kept, ...match.changed])
    elementOfTo[toIndex] = elementOfFrom[fromIndex]
  for (const fromIndex of match.removed) {
    const element = elementOfFrom[fromIndex]
    if (element !== undefined) fragment.delete(indexOf(fragment, element), 1)
  }
  for (const [, toIndex] of match.changed) {
    const element = elementOfTo[toIndex]
    if (element === undefined) continue
    const node = to.body[toIndex]!
    if (templateBlockTypes.has(node.type)) {
      setAttributes(element, templateBlockOf(node.type, node.attrs ?? {}))
      continue
    }
    // Template text the writers never touched is replaced by the new version's text.
    const index = indexOf(fragment, element)
    const replacement = toElement(node)
    fragment.delete(index, 1)
    fragment.insert(index, [replacement])
    elementOfTo[toIndex] = replacement
  }
  for (const toIndex of match.added) {
    const created = toElement(to.body[toIndex]!)
    fragment.insert(insertionIndex(fragment, elementOfTo, toIndex), [created])
    elementOfTo[toIndex] = created
  }
}

interface BodyKey {
  readonly type: string
  readonly key: string
}

// Living blocks are identified by type and binding; the template's own text by its whole content, so text the
// writers changed no longer matches and is never touched.
function bodyKey(node: TemplateNode): BodyKey {
  return templateBlockTypes.has(node.type)
    ? templateBlockOf(node.type, node.attrs ?? {})
    : { type: node.type, key: `text:${JSON.stringify(node)}` }
}

function elementKey(element: Y.XmlElement): string {
  if (templateBlockTypes.has(element.nodeName))
    return templateBlockOf(element.nodeName, element.getAttributes()).key
  return `text:${JSON.stringify(yTypeToTemplateNodes([element])[0])}`
}

function toElement(node: TemplateNode): Y.XmlElement {
  return templateNodeToYType([node])[0] as Y.XmlElement
}

// Each node of the old version claims the first unclaimed top-level document element with the same key; one the
// writers deleted or edited claims nothing and is neither brought back nor overwritten.
function assignElements(fragment: Y.XmlFragment, keys: readonly BodyKey[]): (Y.XmlElement | undefined)[] {
  const candidates = fragment
    .toArray()
    .filter((child): child is Y.XmlElement => child instanceof Y.XmlElement)
    .map((element) => ({ element, key: elementKey(element) }))
  const claimed = new Set<Y.XmlElement>()
  return keys.map(({ key }) => {
    const found = candidates.find((candidate) => candidate.key === key && !claimed.has(candidate.element))
    if (found === undefined) return undefined
    claimed.add(found.element)
    return found.element
  })
}

function insertionIndex(
  fragment: Y.XmlFragment,
  elementOfTo: readonly (Y.XmlElement | undefined)[],
  toIndex: number,
): number {
  for (let index = toIndex - 1; index >= 0; index--) {
    const anchor = elementOfTo[index]
    if (anchor !== undefined) return indexOf(fragment, anchor) + 1
  }
  for (let index = toIndex + 1; index < elementOfTo.length; index++) {
    const anchor = elementOfTo[index]
    if (anchor !== undefined) return indexOf(fragment, anchor)
  }
  return fragment.length
}

function indexOf(fragment: Y.XmlFragment, element: Y.XmlElement): number {
  return fragment.toArray().indexOf(element)
}

function setAttributes(element: Y.XmlElement, block: TemplateBlock): void {
  const next = block.attrs
  for (const name of Object.keys(element.getAttributes())) if (!(name in next)) element.removeAttribute(name)
  for (const [name, value] of Object.entries(next)) {
    // XmlElement attributes are typed as strings, but y-prosemirror stores numbers and booleans as-is.
    if (value !== null && element.getAttribute(name) !== value) element.setAttribute(name, value as string)
  }
}

function archiveRemovedAnswers(
  doc: Y.Doc,
  from: TemplateDefinition,
  to: TemplateDefinition,
  options: UpgradeOptions,
): number {
  const kept = reachableItems(to, options.schemes)
  const answers = getAnswersMap(doc)
  const archive = doc.getMap<unknown>('archivedAnswers')
  let archived = 0
  for (const itemId of reachableItems(from, options.schemes).keys()) {
    if (kept.has(itemId) || !answers.has(itemId)) continue
    const answer = plainValue(answers.get(itemId))
    const fields =
      typeof answer === 'object' && answer !== null && !Array.isArray(answer) ? answer : { value: answer }
    archive.set(`${from.version}:${itemId}`, { ...fields, archivedAt: options.now })
    answers.delete(itemId)
    archived++
  }
  return archived
}
