import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { builtInSchemeLookup } from './builtInSchemeLookup'
import { builtInTemplates } from './builtInTemplates'
import { initDocumentFromTemplate } from './initDocumentFromTemplate'
import { nodes } from './nodes'
import { templateFromDoc } from './templateFromDoc'
import { templateNodeToYType } from './templateNodeToYType'
import { tiantaiCertificationTemplate } from './tiantaiCertificationTemplate'
import { validateTemplate } from './validateTemplate'
import type * as YTiptapModule from '../../../editor/node_modules/@tiptap/y-tiptap'

// Drafts are written by Tiptap's Yjs binding; read them with ours. ESM files named explicitly, as in templates.test.ts.
const { prosemirrorJSONToYXmlFragment } = (await import(
  new URL('../../../editor/node_modules/@tiptap/y-tiptap/dist/y-tiptap.js', import.meta.url).href
)) as typeof YTiptapModule
const { Schema } = (await import(
  new URL('../../../editor/node_modules/@tiptap/pm/dist/model/index.js', import.meta.url).href
)) as {
  Schema: new (spec: { nodes: Record<string, object>; marks: Record<string, object> }) => object
}
const atom = { group: 'block', atom: true }
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block' },
    heading: { content: 'inline*', group: 'block', attrs: { level: { default: 1 } } },
    text: { group: 'inline' },
    bulletList: { content: 'listItem+', group: 'block' },
    listItem: { content: 'paragraph block*' },
    meetingHeader: atom,
    appraisalBlock: atom,
    ledgerBlock: { ...atom, attrs: { ledgerKind: { default: 'tasks' } } },
    checklistBlock: {
      ...atom,
      attrs: { schemeId: { default: null }, moduleId: { default: null }, groupId: { default: null } },
    },
    scoreSummary: { ...atom, attrs: { schemeId: { default: null } } },
  },
  marks: { bold: {} },
})

const meta = { docId: 'doc_draft0001', title: '模板草稿', createdAt: '2026-03-01T08:00:00.000Z' }

describe('templateFromDoc', () => {
  it('[S241] reads every built-in template back from the document it initialised', () => {
    for (const template of builtInTemplates) {
      const doc = new Y.Doc()
      initDocumentFromTemplate(doc, template, meta)
      expect(templateFromDoc(doc, template), template.id).toEqual(template)
    }
  })

  it('[S241] reads what Tiptap’s Yjs binding writes for every built-in template', () => {
    for (const template of builtInTemplates) {
      const doc = new Y.Doc()
      prosemirrorJSONToYXmlFragment(
        schema,
        { type: 'doc', content: template.body },
        doc.getXmlFragment('default'),
      )
      expect(templateFromDoc(doc, template).body, template.id).toEqual(template.body)
    }
  })

  it('[S241] keeps mark attributes, numeric attributes and nested lists', () => {
    const body = [
      nodes.heading(3, '标题'),
      nodes.paragraph(
        nodes.text('链接', [{ type: 'link', attrs: { href: 'https://example.org' } }]),
        nodes.bold('粗'),
      ),
      nodes.bulletList('一', '', '三'),
    ]
    const doc = new Y.Doc()
    doc.getXmlFragment('default').insert(0, templateNodeToYType(body))
    expect(templateFromDoc(doc, tiantaiCertificationTemplate).body).toEqual(body)
  })
})

describe('validateTemplate', () => {
  it('[S242] accepts every built-in template', () => {
    for (const template of builtInTemplates)
      expect(validateTemplate(template, builtInSchemeLookup), template.id).toEqual([])
  })

  it('[S242] reports a checklist bound to a missing module or group, another scheme, and a bad ledger, with paths', () => {
    const template = {
      ...tiantaiCertificationTemplate,
      body: [
        nodes.checklistBlock('tiantai-biaozhunhua-renzheng', 'tiantai.nope'),
        {
          type: 'checklistBlock',
          attrs: { schemeId: 'tiantai-biaozhunhua-renzheng', moduleId: 'tiantai.zuzhi', groupId: 'x' },
        },
        nodes.checklistBlock('ganyu-xingji-pingding', 'ganyu.zuzhi'),
        { type: 'ledgerBlock', attrs: { ledgerKind: 'meetings' } },
        { type: 'checklistBlock' },
      ],
    }
    expect(validateTemplate(template, builtInSchemeLookup).map((issue) => [issue.code, issue.path])).toEqual([
      ['TEMPLATE_MODULE_NOT_FOUND', 'body.0'],
      ['TEMPLATE_GROUP_NOT_FOUND', 'body.1'],
      ['TEMPLATE_SCHEME_MISMATCH', 'body.2'],
      ['TEMPLATE_LEDGER_KIND_INVALID', 'body.3'],
      ['TEMPLATE_BINDING_INVALID', 'body.4'],
    ])
    expect(
      validateTemplate({ ...template, body: [] }, builtInSchemeLookup).map((issue) => issue.code),
    ).toEqual(['TEMPLATE_EMPTY'])
  })
})
