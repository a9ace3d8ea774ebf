import { describe, expect, it } from 'vitest'
import { builtInSchemeLookup } from './builtInSchemeLookup'
import { builtInTemplates } from './builtInTemplates'
import { committeeMinutesTemplate } from './committeeMinutesTemplate'
import { diffTemplates } from './diffTemplates'
import { nodes } from './nodes'
import { tiantaiCertificationTemplate } from './tiantaiCertificationTemplate'
import { tiantaiVersion2, versionedSchemes } from './templateVersionFixtures'

describe('diffTemplates', () => {
  it('[S231] finds no change between a template and itself', () => {
    for (const template of builtInTemplates) {
      expect(diffTemplates(template, template, builtInSchemeLookup).changes, template.id).toEqual([])
    }
  })

  it('[S231] [S233] reports blocks added, removed and re-pointed with readable titles', () => {
    const blocks = diffTemplates(
      tiantaiCertificationTemplate,
      tiantaiVersion2,
      versionedSchemes,
    ).changes.filter((change) => change.subject === 'block')
    expect(blocks.map((change) => [change.kind, change.id, change.from, change.to])).toEqual([
      ['repointed', 'checklistBlock', '检查表: 基本阵地', '检查表: 基本阵地 › 建设规范'],
      ['removed', 'checklistBlock', '检查表: 加分', undefined],
      ['added', 'ledgerBlock', undefined, '整改清单'],
    ])
    expect(blocks[0]?.toAttrs).toEqual({
      groupId: 'tiantai.zhendi.guifan',
      moduleId: 'tiantai.zhendi',
      schemeId: 'tiantai-biaozhunhua-renzheng',
    })
  })

  it('[S231] reports the template’s own text changed', () => {
    const text = diffTemplates(
      tiantaiCertificationTemplate,
      tiantaiVersion2,
      versionedSchemes,
    ).changes.filter((change) => change.subject === 'text')
    expect(text.map((change) => [change.kind, change.id, change.from, change.to])).toEqual([
      ['textChanged', 'heading', '机关党支部标准化认证评分表', '机关党支部标准化认证评分表(2027版)'],
      ['textChanged', 'heading', '加分', '整改问题'],
    ])
    const added = {
      ...committeeMinutesTemplate,
      version: 2,
      body: [...committeeMinutesTemplate.body, nodes.paragraph(nodes.text('会后归档。'))],
    }
    expect(diffTemplates(committeeMinutesTemplate, added, builtInSchemeLookup).changes).toEqual([
      { kind: 'added', subject: 'text', id: 'paragraph', to: '会后归档。', toIndex: 9 },
    ])
  })

  it('[S232] [S234] reports the scheme items the checklists reach: added, removed, re-pointed, retitled, reweighted', () => {
    const items = diffTemplates(
      tiantaiCertificationTemplate,
      tiantaiVersion2,
      versionedSchemes,
    ).changes.filter((change) => change.subject === 'item')
    expect(items.map((change) => [change.kind, change.id, change.field, change.from, change.to])).toEqual([
      ['textChanged', 'tiantai.zuzhi.1', 'title', '按规定设置党支部,隶属关系清晰', '党组织设置符合规定'],
      ['textChanged', 'tiantai.zuzhi.1', 'points', '4', '5'],
      ['repointed', 'tiantai.zuzhi.2', undefined, '基本组织 › 组织设置规范', '基本组织 › 力量配备到位'],
      ['removed', 'tiantai.zhendi.1', undefined, expect.any(String), undefined],
      ['removed', 'tiantai.zhendi.3', undefined, expect.any(String), undefined],
      ['removed', 'tiantai.zhendi.4', undefined, expect.any(String), undefined],
      ['removed', 'tiantai.zhendi.5', undefined, expect.any(String), undefined],
      ['removed', 'tiantai.jiafen.1', undefined, expect.any(String), undefined],
    ])
  })

  it('[S231] is stable: the same versions always give the same list', () => {
    const first = diffTemplates(tiantaiCertificationTemplate, tiantaiVersion2, versionedSchemes)
    const second = diffTemplates(tiantaiCertificationTemplate, tiantaiVersion2, versionedSchemes)
    expect(second).toEqual(first)
    expect(first.fromVersion).toBe(1)
    expect(first.toVersion).toBe(2)
  })
})
