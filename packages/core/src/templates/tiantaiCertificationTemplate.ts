import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

const schemeId = 'tiantai-biaozhunhua-renzheng'

// One checklist per module of the built-in Tiantai scheme; ids are pinned here because a published
// template version must not change when the scheme file is edited (a test checks they still exist).
const modules: readonly (readonly [string, string])[] = [
  ['tiantai.entry', '认证准入条件'],
  ['tiantai.zuzhi', '基本组织'],
  ['tiantai.duiwu', '基本队伍'],
  ['tiantai.zhidu', '基本制度'],
  ['tiantai.zhendi', '基本阵地'],
  ['tiantai.baozhang', '基本保障'],
  ['tiantai.jiafen', '加分'],
]

/** 标准化认证 (天台式): five basic elements, 百分制, three veto entry conditions, pass at 90. */
export const tiantaiCertificationTemplate: TemplateDefinition = {
  id: 'tiantai-certification',
  version: 1,
  kind: 'certification',
  title: '机关党支部标准化认证',
  titleEn: 'Branch standardisation certification',
  schemeId,
  body: [
    nodes.heading(1, '机关党支部标准化认证评分表'),
    nodes.paragraph(
      nodes.bold('说明: '),
      nodes.text('每项扣分、加分须拍照留存佐证; 支部书记和认证组成员在评分表上签字。'),
    ),
    ...modules.flatMap(([moduleId, title]) => [
      nodes.heading(2, title),
      nodes.checklistBlock(schemeId, moduleId),
    ]),
    nodes.heading(2, '评分汇总'),
    nodes.scoreSummary(schemeId),
  ],
}
