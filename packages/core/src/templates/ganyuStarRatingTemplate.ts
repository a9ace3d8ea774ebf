import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

const schemeId = 'ganyu-xingji-pingding'

// Pinned module ids of the built-in Ganyu scheme (a test checks they still exist).
const modules: readonly (readonly [string, string])[] = [
  ['ganyu.sixiang', '思想建设'],
  ['ganyu.zuzhi', '组织建设'],
  ['ganyu.zhendi', '阵地建设'],
  ['ganyu.zhidu', '制度建设'],
  ['ganyu.lvzhi', '履职尽责与创新创优'],
  ['ganyu.manyi', '群众满意度'],
]

/** 星级评定 (赣榆式): six modules, cumulative score → one to five stars. */
export const ganyuStarRatingTemplate: TemplateDefinition = {
  id: 'ganyu-star-rating',
  version: 1,
  kind: 'starRating',
  title: '机关党组织星级评定',
  titleEn: 'Party organisation star rating',
  schemeId,
  body: [
    nodes.heading(1, '机关党组织星级评定表'),
    ...modules.flatMap(([moduleId, title]) => [
      nodes.heading(2, title),
      nodes.checklistBlock(schemeId, moduleId),
    ]),
    nodes.heading(2, '评定汇总'),
    nodes.scoreSummary(schemeId),
  ],
}
