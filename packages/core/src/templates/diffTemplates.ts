import { formatPoints } from '../decimal/formatPoints'
import { parsePoints } from '../decimal/parsePoints'
import type { SchemeItem } from '../scheme/SchemeItem'
import { describeTemplateBlock } from './describeTemplateBlock'
import { matchSequences } from './matchSequences'
import type { ReachableItem } from './ReachableItem'
import { reachableItems } from './reachableItems'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateChange } from './TemplateChange'
import type { TemplateDefinition } from './TemplateDefinition'
import type { TemplateDiff } from './TemplateDiff'
import { templateBlocks } from './templateBlocks'
import { templateBlockTypes } from './templateBlockTypes'
import { templateNodeText } from './templateNodeText'

/**
 * [S231]–[S234] What changed between two template versions: living blocks added, removed or re-pointed
 * (same block type bound elsewhere), the template's own text added, removed or changed, and the scheme items
 * the checklists reach added, removed, re-pointed (now under another module or group) or changed (title,
 * description, points). Blocks come first, then text, then items; each in list order, so the diff is stable.
 */
export function diffTemplates(
  from: TemplateDefinition,
  to: TemplateDefinition,
  schemes: SchemeLookup,
): TemplateDiff {
  return {
    fromVersion: from.version,
    toVersion: to.version,
    changes: [
      ...blockChanges(from, to, schemes),
      ...textChanges(from, to),
      ...itemChanges(from, to, schemes),
    ],
  }
}

function blockChanges(
  from: TemplateDefinition,
  to: TemplateDefinition,
  schemes: SchemeLookup,
): TemplateChange[] {
  const fromBlocks = templateBlocks(from.body)
  const toBlocks = templateBlocks(to.body)
  const match = matchSequences(fromBlocks, toBlocks)
  const changes: TemplateChange[] = []
  for (const [fromIndex, toIndex] of match.changed) {
    const before = fromBlocks[fromIndex]!
    const after = toBlocks[toIndex]!
    changes.push({
      kind: 'repointed',
      subject: 'block',
      id: after.type,
      from: describeTemplateBlock(before, from, schemes),
      to: describeTemplateBlock(after, to, schemes),
      fromAttrs: before.attrs,
      toAttrs: after.attrs,
      fromIndex,
      toIndex,
    })
  }
  for (const fromIndex of match.removed) {
    const block = fromBlocks[fromIndex]!
    changes.push({
      kind: 'removed',
      subject: 'block',
      id: block.type,
      from: describeTemplateBlock(block, from, schemes),
      fromAttrs: block.attrs,
      fromIndex,
    })
  }
  for (const toIndex of match.added) {
    const block = toBlocks[toIndex]!
    changes.push({
      kind: 'added',
      subject: 'block',
      id: block.type,
      to: describeTemplateBlock(block, to, schemes),
      toAttrs: block.attrs,
      toIndex,
    })
  }
  return changes.sort(byPosition)
}

function textChanges(from: TemplateDefinition, to: TemplateDefinition): TemplateChange[] {
  const staticNodes = (template: TemplateDefinition) =>
    template.body
      .filter((node) => !templateBlockTypes.has(node.type))
      .map((node) => ({ type: node.type, key: JSON.stringify(node), text: templateNodeText(node) }))
  const fromNodes = staticNodes(from)
  const toNodes = staticNodes(to)
  const match = matchSequences(fromNodes, toNodes)
  const changes: TemplateChange[] = []
  for (const [fromIndex, toIndex] of match.changed) {
    const before = fromNodes[fromIndex]!
    const after = toNodes[toIndex]!
    changes.push({
      kind: 'textChanged',
      subject: 'text',
      id: after.type,
      from: before.text,
      to: after.text,
      fromIndex,
      toIndex,
    })
  }
  for (const fromIndex of match.removed) {
    const node = fromNodes[fromIndex]!
    changes.push({ kind: 'removed', subject: 'text', id: node.type, from: node.text, fromIndex })
  }
  for (const toIndex of match.added) {
    const node = toNodes[toIndex]!
    changes.push({ kind: 'added', subject: 'text', id: node.type, to: node.text, toIndex })
  }
  return changes.sort(byPosition)
}

function itemChanges(
  from: TemplateDefinition,
  to: TemplateDefinition,
  schemes: SchemeLookup,
): TemplateChange[] {
  const before = reachableItems(from, schemes)
  const after = reachableItems(to, schemes)
  const fromIds = [...before.keys()]
  const toIds = [...after.keys()]
  const changes: TemplateChange[] = []
  toIds.forEach((id, toIndex) => {
    const next = after.get(id)!
    const previous = before.get(id)
    if (previous === undefined) {
      changes.push({ kind: 'added', subject: 'item', id, to: next.item.title, toIndex })
      return
    }
    const fromIndex = fromIds.indexOf(id)
    if (previous.moduleId !== next.moduleId || previous.groupId !== next.groupId) {
      changes.push({
        kind: 'repointed',
        subject: 'item',
        id,
        from: location(previous),
        to: location(next),
        fromIndex,
        toIndex,
      })
    }
    for (const field of ['title', 'description', 'points'] as const) {
      const old = itemField(previous.item, field)
      const now = itemField(next.item, field)
      if (old !== now) {
        changes.push({
          kind: 'textChanged',
          subject: 'item',
          id,
          field,
          ...(old === undefined ? {} : { from: old }),
          ...(now === undefined ? {} : { to: now }),
          fromIndex,
          toIndex,
        })
      }
    }
  })
  fromIds.forEach((id, fromIndex) => {
    if (!after.has(id))
      changes.push({ kind: 'removed', subject: 'item', id, from: before.get(id)!.item.title, fromIndex })
  })
  return changes.sort(byPosition)
}

function location(reached: ReachableItem): string {
  return `${reached.moduleTitle} › ${reached.groupTitle}`
}

function itemField(item: SchemeItem, field: 'title' | 'description' | 'points'): string | undefined {
  if (field === 'title') return item.title
  if (field === 'description') return item.description
  const points = 'fullPoints' in item ? item.fullPoints : 'cap' in item ? item.cap : undefined
  if (points === undefined) return undefined
  const parsed = parsePoints(points)
  return parsed.ok ? formatPoints(parsed.value) : String(points)
}

// Removed entries sort where they stood in the old version, next to what replaced them; ties keep kind order.
function byPosition(left: TemplateChange, right: TemplateChange): number {
  return position(left) - position(right)
}

function position(change: TemplateChange): number {
  return change.toIndex ?? (change.fromIndex ?? 0) - 0.5
}
