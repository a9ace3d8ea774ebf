import type { CohortRanking, Evaluation, ItemScore, ScoreSheet } from '@zhibu/core'
import { formatPoints } from '@zhibu/core'

const show = (points: number | undefined) =>
  points === undefined ? '-' : formatPoints(Math.round(points * 1000))

function itemsOf(sheet: ScoreSheet | null): Map<string, ItemScore> {
  const items = new Map<string, ItemScore>()
  for (const module of sheet?.modules ?? [])
    for (const group of module.groups) for (const item of group.items) items.set(item.id, item)
  return items
}

function shorten(text: string, length: number): string {
  const chars = [...text]
  return chars.length <= length ? text : `${chars.slice(0, length - 1).join('')}…`
}

/** A readable table of an evaluation (and cohort ranking) for people at a terminal; JSON stays the default. */
export function formatPretty(evaluation: Evaluation, ranking?: CohortRanking): string {
  const lines: string[] = []
  const self = itemsOf(evaluation.self)
  const inspector = itemsOf(evaluation.inspector)
  lines.push(`scheme ${evaluation.schemeId} v${evaluation.schemeVersion}`)
  lines.push(['项', '自查', '考核', '最终', '满分', '说明'].join('\t'))
  for (const module of evaluation.final.modules) {
    lines.push(`【${module.title}】 ${show(module.earned)}/${show(module.full)}`)
    for (const group of module.groups) {
      for (const item of group.items) {
        lines.push(
          [
            item.number,
            show(self.get(item.id)?.earned),
            evaluation.inspector === null ? '-' : show(inspector.get(item.id)?.earned),
            show(item.earned),
            show(item.full),
            shorten(item.explanation, 80),
          ].join('\t'),
        )
      }
    }
  }
  const sheets: [string, ScoreSheet | null][] = [
    ['自查', evaluation.self],
    ['考核', evaluation.inspector],
    ['最终', evaluation.final],
  ]
  for (const [name, sheet] of sheets) {
    if (sheet !== null)
      lines.push(
        `${name}: ${sheet.totalText}/${show(sheet.full)} → ${sheet.grade.label} (${sheet.passed ? '通过' : '未通过'})`,
      )
  }
  lines.push(...evaluation.final.explanation.map((line) => `  ${line}`))
  for (const problem of evaluation.problems)
    lines.push(`${problem.severity} ${problem.code} ${problem.path.join('.')}: ${problem.message}`)
  if (ranking !== undefined) {
    lines.push('', ['名次', '单位', '得分', '等次', '说明'].join('\t'))
    for (const unit of ranking.units)
      lines.push(
        [
          unit.rank,
          unit.unitId,
          show(unit.gradedTotal),
          unit.grade,
          unit.explanation.slice(1).join('; '),
        ].join('\t'),
      )
    for (const warning of ranking.warnings) lines.push(`warning ${warning.code}: ${warning.message}`)
  }
  return `${lines.join('\n')}\n`
}
