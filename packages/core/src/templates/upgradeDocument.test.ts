import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getAnswersMap } from '../ydoc/getAnswersMap'
import { writeItemAnswer } from '../ydoc/writeItemAnswer'
import { builtInSchemeLookup } from './builtInSchemeLookup'
import { committeeMinutesTemplate } from './committeeMinutesTemplate'
import { initDocumentFromTemplate } from './initDocumentFromTemplate'
import { templateBlocks } from './templateBlocks'
import { templateFromDoc } from './templateFromDoc'
import { tiantaiCertificationTemplate } from './tiantaiCertificationTemplate'
import { tiantaiVersion2, versionedSchemes } from './templateVersionFixtures'
import { upgradeDocument } from './upgradeDocument'

const meta = { docId: 'doc_upgrade01', title: '2026年度认证', createdAt: '2026-03-01T08:00:00.000Z' }
const options = { now: '2026-04-01T09:00:00.000Z', schemes: versionedSchemes }

function certificationDoc(): Y.Doc {
  const doc = new Y.Doc()
  initDocumentFromTemplate(doc, tiantaiCertificationTemplate, meta)
  const answers = getAnswersMap(doc)
  writeItemAnswer(answers, 'tiantai.zuzhi.1', { deductions: { 'tiantai.zuzhi.1.a': true }, note: '组织设置' })
  writeItemAnswer(answers, 'tiantai.zuzhi.2', { note: '隶属关系' })
  writeItemAnswer(answers, 'tiantai.zhendi.2', { checked: { a: true } })
  writeItemAnswer(answers, 'tiantai.zhendi.3', { note: '门牌已挂' })
  writeItemAnswer(answers, 'tiantai.jiafen.1', { bonuses: { 'tiantai.jiafen.1.a': true } })
  return doc
}

const blockKeys = (doc: Y.Doc) =>
  templateBlocks(templateFromDoc(doc, tiantaiVersion2).body).map((block) => block.key)

describe('upgradeDocument', () => {
  it('[S235] [S236] updates the blocks to the new version and keeps the writers’ text', () => {
    const doc = certificationDoc()
    const fragment = doc.getXmlFragment('default')
    const note = new Y.XmlElement('paragraph')
    note.insert(0, [new Y.XmlText('支部自己写的说明')])
    fragment.insert(2, [note])
    const result = upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    expect(result).toEqual({ ok: true, value: { applied: true, templateVersion: 2, archived: 2 } })
    expect(blockKeys(doc)).toEqual(templateBlocks(tiantaiVersion2.body).map((block) => block.key))
    expect(fragment.get(2)).toBe(note)
    expect(
      fragment.toArray().filter((child) => child instanceof Y.XmlElement && child.nodeName === 'heading'),
    ).toHaveLength(tiantaiCertificationTemplate.body.filter((node) => node.type === 'heading').length)
    // Untouched template text follows the new version; the new ledger sits under its new heading.
    const types = fragment.toArray().map((child) => (child as Y.XmlElement).nodeName)
    expect(types.slice(-5)).toEqual(['checklistBlock', 'heading', 'ledgerBlock', 'heading', 'scoreSummary'])
    expect(templateFromDoc(doc, tiantaiVersion2).body.filter((node) => node.type === 'heading')).toEqual(
      tiantaiVersion2.body.filter((node) => node.type === 'heading'),
    )
    expect(doc.getMap('meta').get('templateVersion')).toBe(2)
  })

  it('[S237] keeps every answer whose item still exists and archives the others under <version>:<item>', () => {
    const doc = certificationDoc()
    const before = getAnswersMap(doc).toJSON() as Record<string, unknown>
    upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    const after = getAnswersMap(doc).toJSON() as Record<string, unknown>
    expect(after).toEqual({
      'tiantai.zuzhi.1': before['tiantai.zuzhi.1'],
      'tiantai.zuzhi.2': before['tiantai.zuzhi.2'],
      'tiantai.zhendi.2': before['tiantai.zhendi.2'],
    })
    expect(doc.getMap('archivedAnswers').toJSON()).toEqual({
      '1:tiantai.zhendi.3': { note: '门牌已挂', archivedAt: options.now },
      '1:tiantai.jiafen.1': { bonuses: { 'tiantai.jiafen.1.a': true }, archivedAt: options.now },
    })
  })

  it('[S238] is a no-op when the document is already at the new version', () => {
    const doc = certificationDoc()
    upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    const state = Y.encodeStateVector(doc)
    const again = upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    expect(again).toEqual({ ok: true, value: { applied: false, templateVersion: 2, archived: 0 } })
    expect(Y.encodeStateVector(doc)).toEqual(state)
  })

  it('[S239] refuses a downgrade, a document at another version and another template’s document', () => {
    const doc = certificationDoc()
    const code = (result: ReturnType<typeof upgradeDocument>) => (result.ok ? 'ok' : result.error.code)
    expect(code(upgradeDocument(doc, tiantaiVersion2, tiantaiCertificationTemplate, options))).toBe(
      'TEMPLATE_VERSION_OLDER',
    )
    const version3 = { ...tiantaiVersion2, version: 3 }
    expect(code(upgradeDocument(doc, tiantaiVersion2, version3, options))).toBe('TEMPLATE_VERSION_MISMATCH')
    const minutes = { ...committeeMinutesTemplate, version: 2 }
    expect(code(upgradeDocument(doc, committeeMinutesTemplate, minutes, options))).toBe('TEMPLATE_MISMATCH')
    expect(doc.getMap('meta').get('templateVersion')).toBe(1)
  })

  it('[S236] re-points a block the writers moved and does not bring back one they deleted', () => {
    const doc = certificationDoc()
    const fragment = doc.getXmlFragment('default')
    const indexOfModule = (moduleId: string) =>
      fragment
        .toArray()
        .findIndex((child) => child instanceof Y.XmlElement && child.getAttribute('moduleId') === moduleId)
    fragment.delete(indexOfModule('tiantai.jiafen'), 1)
    const zhendi = fragment.get(indexOfModule('tiantai.zhendi')) as Y.XmlElement
    upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    expect(zhendi.getAttribute('groupId')).toBe('tiantai.zhendi.guifan')
    expect(indexOfModule('tiantai.jiafen')).toBe(-1)
    expect(
      fragment.toArray().filter((child) => (child as Y.XmlElement).nodeName === 'ledgerBlock'),
    ).toHaveLength(1)
  })

  it('[S236] leaves template text the writers edited as they wrote it', () => {
    const doc = certificationDoc()
    const fragment = doc.getXmlFragment('default')
    const title = fragment.get(0) as Y.XmlElement
    ;(title.get(0) as Y.XmlText).insert(0, '2026年')
    upgradeDocument(doc, tiantaiCertificationTemplate, tiantaiVersion2, options)
    expect(fragment.get(0)).toBe(title)
    expect(title.toJSON()).toContain('2026年机关党支部标准化认证评分表')
  })

  it('[S238] is deterministic: two copies of one state upgrade to the same content', () => {
    const first = certificationDoc()
    const second = new Y.Doc()
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
    upgradeDocument(first, tiantaiCertificationTemplate, tiantaiVersion2, options)
    upgradeDocument(second, tiantaiCertificationTemplate, tiantaiVersion2, options)
    expect(second.getXmlFragment('default').toJSON()).toBe(first.getXmlFragment('default').toJSON())
    expect(second.getMap('archivedAnswers').toJSON()).toEqual(first.getMap('archivedAnswers').toJSON())
  })

  it('[S240] merges with answers written offline on another replica before the upgrade arrived', () => {
    const server = certificationDoc()
    const offline = new Y.Doc()
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server))
    const offlineStart = Y.encodeStateVector(offline)
    writeItemAnswer(getAnswersMap(offline), 'tiantai.zuzhi.3', { note: '离线填写' })
    writeItemAnswer(getAnswersMap(offline), 'tiantai.zuzhi.1', {
      deductions: { 'tiantai.zuzhi.1.a': true, 'tiantai.zuzhi.1.b': true },
      note: '组织设置',
    })
    const serverStart = Y.encodeStateVector(server)
    upgradeDocument(server, tiantaiCertificationTemplate, tiantaiVersion2, options)
    Y.applyUpdate(server, Y.encodeStateAsUpdate(offline, offlineStart))
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(server, serverStart))
    expect(offline.getXmlFragment('default').toJSON()).toBe(server.getXmlFragment('default').toJSON())
    expect(getAnswersMap(offline).toJSON()).toEqual(getAnswersMap(server).toJSON())
    expect(getAnswersMap(server).toJSON()).toMatchObject({
      'tiantai.zuzhi.3': { note: '离线填写' },
      'tiantai.zuzhi.1': { deductions: { 'tiantai.zuzhi.1.a': true, 'tiantai.zuzhi.1.b': true } },
    })
    expect(offline.getMap('meta').get('templateVersion')).toBe(2)
  })

  it('[S235] upgrades minutes, whose version only adds a block', () => {
    const doc = new Y.Doc()
    initDocumentFromTemplate(doc, committeeMinutesTemplate, meta)
    const version2 = {
      ...committeeMinutesTemplate,
      version: 2,
      body: [
        ...committeeMinutesTemplate.body.slice(0, 2),
        { type: 'ledgerBlock', attrs: { ledgerKind: 'problems' } },
        ...committeeMinutesTemplate.body.slice(2),
      ],
    }
    expect(
      upgradeDocument(doc, committeeMinutesTemplate, version2, { ...options, schemes: builtInSchemeLookup })
        .ok,
    ).toBe(true)
    expect((doc.getXmlFragment('default').get(2) as Y.XmlElement).getAttributes()).toEqual({
      ledgerKind: 'problems',
    })
  })
})
