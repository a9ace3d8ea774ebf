import { builtInTemplates, initDocumentFromTemplate } from '@zhibu/core'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { livingTemplateNodes } from './livingTemplateNodes'
import { destroyTestEditors, mountTestEditor } from './shared/mountTestEditor'

afterEach(destroyTestEditors)

const blockNames = ['checklistBlock', 'scoreSummary', 'meetingHeader', 'ledgerBlock', 'appraisalBlock']

describe('livingTemplateNodes', () => {
  it('provides exactly the node names the core templates use', () => {
    expect(livingTemplateNodes.map((extension) => extension.name)).toEqual(blockNames)
  })

  it.each(builtInTemplates.map((template) => [template.id, template] as const))(
    'opens the built-in template %s with every block rendered and nothing left unknown',
    async (_id, template) => {
      const ydoc = new Y.Doc()
      const created = initDocumentFromTemplate(ydoc, template, {
        docId: 'doc-12345678',
        title: template.title,
        createdAt: '2026-03-01T09:00:00Z',
      })
      expect(created.ok).toBe(true)
      const { editor, dom } = await mountTestEditor(ydoc, { context: { now: () => new Date(2026, 2, 1) } })
      const types = new Set<string>()
      editor.state.doc.descendants((node) => {
        types.add(node.type.name)
      })
      expect(types.has('unknownBlock')).toBe(false)
      const used = template.body.map((node) => node.type).filter((type) => blockNames.includes(type))
      expect(used.length).toBeGreaterThan(0)
      for (const type of used) expect(types).toContain(type)
      expect(dom.querySelector('.zhibu-block__notice')).toBeNull()
      if (used.includes('checklistBlock'))
        expect(dom.querySelectorAll('[data-item-id]').length).toBeGreaterThan(0)
    },
  )
})
