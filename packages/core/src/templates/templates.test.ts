import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import { readMeetingHeader } from '../ydoc/readMeetingHeader'
import { readMeta } from '../ydoc/readMeta'
import { builtInTemplates } from './builtInTemplates'
import { findTemplate } from './findTemplate'
import { initDocumentFromTemplate } from './initDocumentFromTemplate'
import { templateKinds } from './templateKinds'
import type { TemplateNode } from './TemplateNode'
import type * as YTiptapModule from '../../../editor/node_modules/@tiptap/y-tiptap'

// Tiptap's own Yjs binding lives in the editor package; reading our fragment with it proves the
// encoding is the one the Collaboration extension expects. The ESM file is named explicitly so it
// shares core's ESM copy of yjs (the package directory would resolve to the CommonJS build).
const yTiptapModule = new URL(
  '../../../editor/node_modules/@tiptap/y-tiptap/dist/y-tiptap.js',
  import.meta.url,
).href
const { yXmlFragmentToProsemirrorJSON, prosemirrorJSONToYXmlFragment } = (await import(
  yTiptapModule
)) as typeof YTiptapModule
const { Schema } = (await import(
  new URL('../../../editor/node_modules/@tiptap/pm/dist/model/index.js', import.meta.url).href
)) as {
  Schema: new (spec: { nodes: Record<string, object>; marks: Record<string, object> }) => object
}

// A ProseMirror schema with the node names and attrs the editor package implements.
const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { content: 'inline*', group: 'block' },
    heading: { content: 'inline*', group: 'block', attrs: { level: { default: 1 } } },
    text: { group: 'inline' },
    bulletList: { content: 'listItem+', group: 'block' },
    listItem: { content: 'paragraph block*' },
    meetingHeader: { group: 'block', atom: true },
    appraisalBlock: { group: 'block', atom: true },
    ledgerBlock: { group: 'block', atom: true, attrs: { ledgerKind: { default: 'tasks' } } },
    checklistBlock: {
      group: 'block',
      atom: true,
      attrs: { schemeId: { default: null }, moduleId: { default: null }, groupId: { default: null } },
    },
    scoreSummary: { group: 'block', atom: true, attrs: { schemeId: { default: null } } },
  },
  marks: { bold: {} },
})

const allNodes = (body: readonly TemplateNode[]): TemplateNode[] =>
  body.flatMap((node) => [node, ...allNodes(node.content ?? [])])

// y-prosemirror reads every mark back with an attrs object, so compare against that form.
const withMarkAttrs = (node: TemplateNode): TemplateNode => ({
  ...node,
  ...(node.marks === undefined
    ? {}
    : { marks: node.marks.map((mark) => ({ ...mark, attrs: mark.attrs ?? {} })) }),
  ...(node.content === undefined ? {} : { content: node.content.map(withMarkAttrs) }),
})

const meta = { docId: 'doc_0000001', title: '2026年3月支委会', createdAt: '2026-03-01T08:00:00.000Z' }

describe('built-in templates', () => {
  it('[S220] ships one template per kind plus the four 三会一课 minutes, with unique ids', () => {
    const ids = builtInTemplates.map((template) => template.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(builtInTemplates.map((template) => template.kind))).toEqual(new Set(templateKinds))
    expect(
      builtInTemplates
        .filter((template) => template.kind === 'minutes')
        .map((template) => template.meetingType),
    ).toEqual(['committee', 'branchAssembly', 'groupMeeting', 'partyLecture'])
    expect(findTemplate('rectification-list')?.title).toBe('整改清单')
    expect(findTemplate('nope')).toBeUndefined()
  })

  it('[S220] puts a meeting header in every set of minutes and the matching ledger in every list', () => {
    for (const template of builtInTemplates) {
      const types = allNodes(template.body).map((node) => node.type)
      expect(types.includes('meetingHeader')).toBe(template.kind === 'minutes')
      expect(types.includes('appraisalBlock')).toBe(template.kind === 'appraisal')
    }
    for (const kind of ['tasks', 'problems', 'rectification'] as const) {
      const template = builtInTemplates.find((candidate) => candidate.kind === kind)!
      expect(
        allNodes(template.body)
          .filter((node) => node.type === 'ledgerBlock')
          .map((node) => node.attrs?.['ledgerKind']),
      ).toEqual([kind])
    }
  })

  it('[S220] covers every module of its built-in scheme exactly once and ends with a score summary', () => {
    for (const template of builtInTemplates.filter((candidate) => candidate.schemeId !== undefined)) {
      const scheme = getBuiltInScheme(template.schemeId!)
      expect(scheme, template.schemeId).toBeDefined()
      const blocks = allNodes(template.body).filter((node) => node.type === 'checklistBlock')
      expect(blocks.every((block) => block.attrs?.['schemeId'] === template.schemeId)).toBe(true)
      expect(blocks.map((block) => block.attrs?.['moduleId'])).toEqual(
        scheme!.modules.map((module) => module.id),
      )
      expect(template.body.at(-1)).toEqual({ type: 'scoreSummary', attrs: { schemeId: template.schemeId } })
    }
  })

  it('[S220] never contains an empty text node, which ProseMirror rejects', () => {
    for (const template of builtInTemplates) {
      for (const node of allNodes(template.body)) if (node.type === 'text') expect(node.text).not.toBe('')
    }
  })
})

describe('initDocumentFromTemplate', () => {
  it('[S221] writes a body that Tiptap’s Yjs binding reads back as the template, on every replica', () => {
    for (const template of builtInTemplates) {
      const doc = new Y.Doc()
      expect(initDocumentFromTemplate(doc, template, meta)).toEqual({ ok: true })
      const replica = new Y.Doc()
      Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc))
      const json = yXmlFragmentToProsemirrorJSON(replica.getXmlFragment('default')) as unknown
      expect(json, template.id).toEqual({ type: 'doc', content: template.body.map(withMarkAttrs) })
    }
  })

  it('[S221] writes the same Yjs structure as y-prosemirror writes for the same ProseMirror document', () => {
    for (const template of builtInTemplates) {
      const ours = new Y.Doc()
      initDocumentFromTemplate(ours, template, meta)
      const theirs = new Y.Doc()
      prosemirrorJSONToYXmlFragment(
        schema,
        { type: 'doc', content: template.body },
        theirs.getXmlFragment('default'),
      )
      expect(ours.getXmlFragment('default').toJSON(), template.id).toBe(
        theirs.getXmlFragment('default').toJSON(),
      )
      expect(yXmlFragmentToProsemirrorJSON(ours.getXmlFragment('default'))).toEqual(
        yXmlFragmentToProsemirrorJSON(theirs.getXmlFragment('default')),
      )
    }
  })

  it('[S221] encodes marks as text formatting and keeps numeric attributes as numbers', () => {
    const doc = new Y.Doc()
    initDocumentFromTemplate(doc, findTemplate('task-list')!, meta)
    const fragment = doc.getXmlFragment('default')
    const heading = fragment.get(0) as Y.XmlElement
    expect(heading.nodeName).toBe('heading')
    expect(heading.getAttribute('level')).toBe(1)
    const paragraph = fragment.get(1) as Y.XmlElement
    const text = paragraph.get(0) as Y.XmlText
    expect(paragraph.length).toBe(1)
    expect(text.toDelta()).toEqual([
      { insert: '填写说明: ', attributes: { bold: {} } },
      { insert: '每项任务明确责任领导、责任部门、责任人和时限。' },
    ])
    expect((fragment.get(2) as Y.XmlElement).getAttributes()).toEqual({ ledgerKind: 'tasks' })
  })

  it('[S222] records the template, version, scheme and meeting type', () => {
    const doc = new Y.Doc()
    initDocumentFromTemplate(doc, findTemplate('committee-minutes')!, meta)
    expect(readMeta(doc)).toEqual({
      ok: true,
      value: { ...meta, templateId: 'committee-minutes', templateVersion: 1, kind: 'minutes' },
    })
    expect(readMeetingHeader(doc).header).toEqual({ type: 'committee' })
    const certification = new Y.Doc()
    initDocumentFromTemplate(certification, findTemplate('tiantai-certification')!, meta)
    expect(readMeta(certification)).toMatchObject({
      value: { schemeId: 'tiantai-biaozhunhua-renzheng', kind: 'certification' },
    })
  })

  it('[S223] refuses a document that already has content, and a bad doc id', () => {
    const doc = new Y.Doc()
    const template = findTemplate('problem-list')!
    initDocumentFromTemplate(doc, template, meta)
    const again = initDocumentFromTemplate(doc, template, meta)
    expect(again.ok ? 'ok' : again.error.code).toBe('DOCUMENT_NOT_EMPTY')
    expect(doc.getXmlFragment('default').length).toBe(template.body.length)
    const bad = initDocumentFromTemplate(new Y.Doc(), template, { ...meta, docId: 'x' })
    expect(bad.ok ? 'ok' : bad.error.code).toBe('DOC_ID_INVALID')
  })
})
