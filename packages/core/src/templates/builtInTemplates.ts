import { branchAssemblyMinutesTemplate } from './branchAssemblyMinutesTemplate'
import { committeeMinutesTemplate } from './committeeMinutesTemplate'
import { ganyuStarRatingTemplate } from './ganyuStarRatingTemplate'
import { groupMeetingMinutesTemplate } from './groupMeetingMinutesTemplate'
import { memberAppraisalTemplate } from './memberAppraisalTemplate'
import { partyLectureTemplate } from './partyLectureTemplate'
import { problemListTemplate } from './problemListTemplate'
import { rectificationListTemplate } from './rectificationListTemplate'
import { taskListTemplate } from './taskListTemplate'
import type { TemplateDefinition } from './TemplateDefinition'
import { tiantaiCertificationTemplate } from './tiantaiCertificationTemplate'

/** [S220] The templates that ship with the product, one per kind of living document. */
export const builtInTemplates: readonly TemplateDefinition[] = [
  committeeMinutesTemplate,
  branchAssemblyMinutesTemplate,
  groupMeetingMinutesTemplate,
  partyLectureTemplate,
  taskListTemplate,
  problemListTemplate,
  rectificationListTemplate,
  memberAppraisalTemplate,
  tiantaiCertificationTemplate,
  ganyuStarRatingTemplate,
]
