import { nodes } from './nodes'
import type { TemplateDefinition } from './TemplateDefinition'

/** 民主评议党员: 个人自评 → 党员互评 → 民主测评 → 组织评定. */
export const memberAppraisalTemplate: TemplateDefinition = {
  id: 'member-appraisal',
  version: 1,
  kind: 'appraisal',
  title: '民主评议党员',
  titleEn: 'Democratic appraisal of members',
  meetingType: 'memberAppraisal',
  body: [
    nodes.heading(1, '民主评议党员'),
    nodes.bulletList(
      '个人自评: 对照党员标准逐条自评',
      '党员互评: 开展批评与自我批评',
      '民主测评: 无记名投票, 分优秀、合格、基本合格、不合格四个等次; 预备党员参加评议但不定等次',
      '组织评定: 支委会综合测评情况和日常表现提出评定意见, 不唯票数; 优秀一般不超过正式党员的三分之一',
    ),
    nodes.appraisalBlock(),
  ],
}
