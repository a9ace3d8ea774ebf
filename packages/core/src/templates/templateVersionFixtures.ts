import { getBuiltInScheme } from '../scheme/getBuiltInScheme'
import type { Scheme } from '../scheme/Scheme'
import { nodes } from './nodes'
import type { SchemeLookup } from './SchemeLookup'
import type { TemplateDefinition } from './TemplateDefinition'
import { tiantaiCertificationTemplate } from './tiantaiCertificationTemplate'

const schemeId = 'tiantai-biaozhunhua-renzheng'

/**
 * Test data: a second version of the Tiantai certification template (drops 加分, narrows 基本阵地 to one group,
 * adds an 整改清单, retitles the heading) and a later Tiantai scheme where item 1 of 基本组织 is retitled and
 * reweighted and item 2 moved to another group.
 */
export const tiantaiVersion2: TemplateDefinition = {
  ...tiantaiCertificationTemplate,
  version: 2,
  body: tiantaiCertificationTemplate.body.flatMap((node) => {
    if (node.type === 'heading' && node.attrs?.['level'] === 1)
      return [nodes.heading(1, '机关党支部标准化认证评分表(2027版)')]
    if (node.type === 'heading' && node.content?.[0]?.text === '加分') return [nodes.heading(2, '整改问题')]
    if (node.type === 'checklistBlock' && node.attrs?.['moduleId'] === 'tiantai.jiafen')
      return [nodes.ledgerBlock('rectification')]
    if (node.type === 'checklistBlock' && node.attrs?.['moduleId'] === 'tiantai.zhendi')
      return [
        {
          type: 'checklistBlock',
          attrs: { schemeId, moduleId: 'tiantai.zhendi', groupId: 'tiantai.zhendi.guifan' },
        },
      ]
    return [node]
  }),
}

function laterTiantaiScheme(): Scheme {
  const scheme = JSON.parse(JSON.stringify(getBuiltInScheme(schemeId))) as {
    modules: {
      id: string
      groups: { id: string; items: { id: string; title: string; fullPoints?: number }[] }[]
    }[]
  }
  const zuzhi = scheme.modules.find((module) => module.id === 'tiantai.zuzhi')!
  const shezhi = zuzhi.groups.find((group) => group.id === 'tiantai.zuzhi.shezhi')!
  const peibei = zuzhi.groups.find((group) => group.id === 'tiantai.zuzhi.peibei')!
  const first = shezhi.items.find((item) => item.id === 'tiantai.zuzhi.1')!
  first.title = '党组织设置符合规定'
  first.fullPoints = 5
  const moved = shezhi.items.splice(
    shezhi.items.findIndex((item) => item.id === 'tiantai.zuzhi.2'),
    1,
  )
  peibei.items.push(...moved)
  return scheme as unknown as Scheme
}

const later = laterTiantaiScheme()

/** Version 1 of the template reads the built-in scheme, later versions the later scheme. */
export const versionedSchemes: SchemeLookup = (id, template) =>
  template.version >= 2 && id === schemeId ? later : getBuiltInScheme(id)
