/**
 * 模板类别: minutes 会议记录, tasks 任务清单, problems 问题清单, rectification 整改清单,
 * appraisal 民主评议党员, certification 标准化认证, starRating 星级评定.
 */
export type TemplateKind =
  'minutes' | 'tasks' | 'problems' | 'rectification' | 'appraisal' | 'certification' | 'starRating'
