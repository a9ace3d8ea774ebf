import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import { getAnswersMap } from '../ydoc/getAnswersMap'
import { writeItemAnswer } from '../ydoc/writeItemAnswer'
import { builtInSchemeLookup } from './builtInSchemeLookup'
import { builtInTemplates } from './builtInTemplates'
import { initDocumentFromTemplate } from './initDocumentFromTemplate'
import { nodes } from './nodes'
import { reachableItems } from './reachableItems'
import type { TemplateDefinition } from './TemplateDefinition'
import { templateBlocks } from './templateBlocks'
import { templateFromDoc } from './templateFromDoc'
import type { TemplateNode } from './TemplateNode'
import { upgradeDocument } from './upgradeDocument'

const seed = Number(process.env['FC_SEED'] ?? Math.floor(Math.random() * 2 ** 31))
console.log(`fast-check seed ${seed} (rerun with FC_SEED=${seed})`)
const runs = { seed, numRuns: 40 }

// Blocks a later version might add: a checklist per module and per group of the template's scheme, ledgers.
function candidateBlocks(template: TemplateDefinition): TemplateNode[] {
  const ledgers = (['tasks', 'problems', 'rectification'] as const).map((kind) => nodes.ledgerBlock(kind))
  const scheme = template.schemeId === undefined ? undefined : getBuiltInScheme(template.schemeId)
  if (scheme === undefined) return [...ledgers, nodes.paragraph(nodes.text('新增说明'))]
  return [
    ...ledgers,
    ...scheme.modules.flatMap((module) => [
      nodes.checklistBlock(scheme.id, module.id),
      ...module.groups.map((group) => ({
        type: 'checklistBlock',
        attrs: { schemeId: scheme.id, moduleId: module.id, groupId: group.id },
      })),
    ]),
  ]
}

function laterVersion(template: TemplateDefinition): fc.Arbitrary<TemplateDefinition> {
  const pool = candidateBlocks(template)
  return fc
    .tuple(
      fc.shuffledSubarray([...template.body], { minLength: 0 }),
      fc.array(fc.tuple(fc.constantFrom(...pool), fc.nat()), { maxLength: 4 }),
    )
    .map(([kept, inserted]) => {
      // shuffledSubarray also reorders, which the upgrade must treat as a block moved (removed, then added).
      const body = [...kept]
      for (const [node, at] of inserted) body.splice(at % (body.length + 1), 0, node)
      return { ...template, version: template.version + 1, body }
    })
}

function answersArbitrary(template: TemplateDefinition): fc.Arbitrary<Record<string, { note: string }>> {
  const ids = [...reachableItems(template, builtInSchemeLookup).keys(), 'stray.item']
  return fc
    .subarray(ids)
    .chain((chosen) =>
      fc.tuple(
        ...chosen.map((id) =>
          fc.string({ minLength: 1, maxLength: 6 }).map((note) => [id, { note }] as const),
        ),
      ),
    )
    .map((entries) => Object.fromEntries(entries))
}

describe('upgradeDocument over the built-in templates (property)', () => {
  for (const template of builtInTemplates) {
    it(`[S237] keeps every answer whose item still exists and loses none: ${template.id}`, () => {
      fc.assert(
        fc.property(laterVersion(template), answersArbitrary(template), (later, answers) => {
          const doc = new Y.Doc()
          initDocumentFromTemplate(doc, template, {
            docId: 'doc_property',
            title: '属性测试',
            createdAt: '2026-01-01',
          })
          for (const [id, answer] of Object.entries(answers)) writeItemAnswer(getAnswersMap(doc), id, answer)
          const result = upgradeDocument(doc, template, later, {
            now: '2026-02-01',
            schemes: builtInSchemeLookup,
          })
          expect(result.ok).toBe(true)
          const stillReached = reachableItems(later, builtInSchemeLookup)
          const wasReached = reachableItems(template, builtInSchemeLookup)
          const after = getAnswersMap(doc).toJSON() as Record<string, unknown>
          const archive = doc.getMap('archivedAnswers').toJSON() as Record<string, unknown>
          for (const [id, answer] of Object.entries(answers)) {
            if (stillReached.has(id) || !wasReached.has(id)) expect(after[id]).toEqual(answer)
            else expect(archive[`${template.version}:${id}`]).toEqual({ ...answer, archivedAt: '2026-02-01' })
          }
          expect(Object.keys(after).length + Object.keys(archive).length).toBe(Object.keys(answers).length)
          // The document's living blocks are exactly the new version's, in its order.
          expect(templateBlocks(templateFromDoc(doc, later).body).map((block) => block.key)).toEqual(
            templateBlocks(later.body).map((block) => block.key),
          )
          // An untouched document ends up with exactly the new version's body.
          expect(templateFromDoc(doc, later).body).toEqual(later.body)
        }),
        runs,
      )
    })
  }
})
