import { formatPoints } from '../decimal/formatPoints'
import { mulDiv } from '../decimal/mulDiv'
import { roundMillis } from '../decimal/roundMillis'
import type { AnswerColumn } from '../scheme/AnswerColumn'
import type { Scheme } from '../scheme/Scheme'
import type { GroupScore } from './GroupScore'
import type { ModuleScore } from './ModuleScore'
import type { ScoreSheet } from './ScoreSheet'
import type { VetoHit } from './VetoHit'
import { gradeSheet } from './gradeSheet'
import { scoreItem } from './scoreItem'

const show = (millis: number) => `${formatPoints(millis)}分`

const roundingNames = { none: '', 'half-up': '四舍五入', floor: '去尾', ceil: '进一' }

/**
 * Scores one sheet. `columns` are consulted in order per item: the first column holding an answer for the
 * item wins (final = [inspector, self]; a single column scores that column alone).
 */
export function buildScoreSheet(
  scheme: Scheme,
  columns: readonly { readonly name: 'self' | 'inspector'; readonly answers: AnswerColumn }[],
): ScoreSheet {
  let position = 0
  let scoredMillis = 0
  let fullMillis = 0
  let applicableFullMillis = 0
  let bonusMillis = 0
  let penaltyMillis = 0
  let missing = 0
  let notApplicable = 0
  const vetoes: VetoHit[] = []
  const flagsMet = new Set<string>()
  const modules: ModuleScore[] = scheme.modules.map((module) => {
    let moduleEarned = 0
    let moduleFull = 0
    const groups: GroupScore[] = module.groups.map((group) => {
      let groupEarned = 0
      let groupFull = 0
      const items = group.items.map((item) => {
        // Items with their own number (准入1, 3(2)) do not take a position, so plain rows count 1, 2, 3 …
        if (item.number === undefined) position += 1
        const column = columns.find((candidate) => Object.hasOwn(candidate.answers, item.id))
        const resolved =
          column === undefined
            ? { answer: undefined, source: 'none' as const }
            : { answer: column.answers[item.id], source: column.name }
        const scored = scoreItem(item, item.number ?? String(position), resolved, scheme.notApplicable)
        fullMillis += scored.schemeFullMillis
        if (scored.score.status === 'missing') missing += 1
        if (scored.score.status === 'not-applicable') notApplicable += 1
        switch (item.kind) {
          case 'bonus':
            bonusMillis += scored.earnedMillis
            break
          case 'penalty':
            penaltyMillis += scored.earnedMillis
            break
          case 'veto':
            if (scored.score.vetoTriggered)
              vetoes.push({ itemId: item.id, title: item.title, stage: item.stage, effect: item.effect })
            break
          case 'flag':
            if (scored.score.flagMet) flagsMet.add(item.id)
            break
          default:
            scoredMillis += scored.earnedMillis
            applicableFullMillis += scored.fullMillis
        }
        groupEarned += item.kind === 'penalty' ? -scored.earnedMillis : scored.earnedMillis
        groupFull += scored.fullMillis
        return scored.score
      })
      moduleEarned += groupEarned
      moduleFull += groupFull
      return { id: group.id, title: group.title, earned: groupEarned / 1000, full: groupFull / 1000, items }
    })
    return {
      id: module.id,
      title: module.title,
      earned: moduleEarned / 1000,
      full: moduleFull / 1000,
      groups,
    }
  })
  const lines: string[] = []
  let baseMillis = scoredMillis
  lines.push(`满分${show(fullMillis)}, 各项得分合计${show(scoredMillis)}`)
  if (
    notApplicable > 0 &&
    scheme.notApplicable === 'exclude-rescale' &&
    applicableFullMillis !== fullMillis
  ) {
    baseMillis =
      applicableFullMillis === 0 ? 0 : mulDiv(scoredMillis, fullMillis, applicableFullMillis, 'half-up')
    lines.push(`${notApplicable}项不适用, 适用满分${show(applicableFullMillis)}, 折算为${show(baseMillis)}`)
  }
  if (scheme.bonusCap !== undefined && bonusMillis > Math.round(scheme.bonusCap * 1000)) {
    bonusMillis = Math.round(scheme.bonusCap * 1000)
    lines.push(`加分合计超过封顶, 按${show(bonusMillis)}计`)
  }
  if (bonusMillis > 0) lines.push(`加分${show(bonusMillis)}`)
  if (penaltyMillis > 0) lines.push(`直接扣分${show(penaltyMillis)}`)
  const rawTotal = baseMillis + bonusMillis - penaltyMillis
  const totalMillis = Math.max(0, rawTotal)
  if (rawTotal < 0) lines.push('总分不低于0分')
  lines.push(`总分${show(totalMillis)}`)
  if (missing > 0) lines.push(`${missing}项未作答, 按0分计`)
  const { mode, decimals } = scheme.grading.rounding
  const gradedMillis = roundMillis(totalMillis, mode, decimals)
  if (gradedMillis !== totalMillis)
    lines.push(`按${roundingNames[mode]}保留${decimals}位小数, 计${show(gradedMillis)}`)
  const graded = gradeSheet(scheme.grading, gradedMillis, flagsMet, vetoes)
  lines.push(...graded.lines)
  return {
    total: totalMillis / 1000,
    totalText: formatPoints(totalMillis),
    full: fullMillis / 1000,
    applicableFull: applicableFullMillis / 1000,
    gradedTotal: gradedMillis / 1000,
    bonus: bonusMillis / 1000,
    penalty: penaltyMillis / 1000,
    grade: { id: graded.band.id, label: graded.band.label },
    bandGrade: { id: graded.bandGrade.id, label: graded.bandGrade.label },
    passed: graded.passed,
    vetoes,
    missing,
    notApplicable,
    modules,
    explanation: lines,
  }
}
