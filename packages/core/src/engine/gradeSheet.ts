import { formatPoints } from '../decimal/formatPoints'
import type { GradeBand } from '../scheme/GradeBand'
import type { Grading } from '../scheme/Grading'
import { bandContains } from './bandContains'
import { bandLadder } from './bandLadder'
import type { VetoHit } from './VetoHit'

/** The grade a total earns after band conditions, vetoes and locks, with the reasons in Chinese. */
export interface SheetGrade {
  readonly band: GradeBand
  readonly bandGrade: GradeBand
  readonly passed: boolean
  readonly lines: readonly string[]
}

/**
 * Grades a rounded total: find its band; while the band requires a flag that is not met, fall to the band
 * below; then a `set` veto replaces the grade (the lowest if several), `cap` vetoes lower it to at most their
 * band, and a `fail` veto puts it in the veto grade and fails the form.
 */
export function gradeSheet(
  grading: Grading,
  gradedMillis: number,
  flagsMet: ReadonlySet<string>,
  vetoes: readonly VetoHit[],
): SheetGrade {
  const ladder = bandLadder(grading.bands)
  const lines: string[] = []
  const rank = (id: string) => ladder.findIndex((band) => band.id === id)
  let position = ladder.findIndex((band) => bandContains(band, gradedMillis))
  // Bands are validated to tile the score line from 0, and totals are never negative.
  if (position < 0) position = 0
  while (position > 0) {
    const band = ladder[position]
    const unmet = band?.requires?.filter((flagId) => !flagsMet.has(flagId)) ?? []
    if (band === undefined || unmet.length === 0) break
    const below = ladder[position - 1]
    lines.push(`「${band.label}」还须满足条件(${unmet.join('、')}), 未满足, 降为「${below?.label ?? ''}」`)
    position -= 1
  }
  const bandGrade = ladder[position] ?? ladder[0]
  if (bandGrade === undefined) throw new Error('a validated scheme has at least one band')
  lines.push(`按分数${formatPoints(gradedMillis)}分定为「${bandGrade.label}」`)
  let grade = bandGrade
  const sets = vetoes.flatMap((veto) => (veto.effect.kind === 'set' ? [veto.effect.grade] : []))
  if (sets.length > 0) {
    const lowest = [...sets].sort((left, right) => rank(left) - rank(right))[0]
    const band = ladder.find((candidate) => candidate.id === lowest)
    if (band !== undefined) {
      grade = band
      lines.push(`否决项触发, 定为「${band.label}」`)
    }
  }
  for (const veto of vetoes) {
    if (veto.effect.kind !== 'cap') continue
    const capRank = rank(veto.effect.grade)
    const capBand = ladder[capRank]
    if (capBand !== undefined && rank(grade.id) > capRank) {
      lines.push(`「${veto.title}」: 不能高于「${capBand.label}」, 降为「${capBand.label}」`)
      grade = capBand
    }
  }
  const failed = vetoes.filter((veto) => veto.effect.kind === 'fail')
  if (failed.length > 0) {
    const vetoBand = ladder.find((band) => band.id === grading.vetoGrade) ?? ladder[0] ?? grade
    for (const veto of failed)
      lines.push(`一票否决: ${veto.title}${veto.stage === 'entry' ? '(准入条件)' : ''}`)
    lines.push(`定为「${vetoBand.label}」, 不通过`)
    return { band: vetoBand, bandGrade, passed: false, lines }
  }
  return { band: grade, bandGrade, passed: grade.passing, lines }
}
