import { formatPoints } from '../decimal/formatPoints'
import type { BonusFact } from '../scheme/BonusFact'
import type { DeductionRule } from '../scheme/DeductionRule'
import type { RuleHit } from '../scheme/RuleHit'
import { measureHit } from '../scheme/measureHit'
import type { AppliedRule } from './AppliedRule'

/** The applied rules of one item with their Chinese phrases, and whether a forfeit (不得分) rule applied. */
export interface AppliedRules {
  readonly applied: readonly AppliedRule[]
  readonly phrases: readonly string[]
  readonly totalMillis: number
  readonly forfeit: boolean
}

const toMillis = (points: number) => Math.round(points * 1000)
const show = (millis: number) => `${formatPoints(millis)}分`

/**
 * Applies deduction rules or bonus facts in the scheme's order (never the answer's), so key order in the
 * answers cannot change a result. `verb` is 扣 or 加; a forfeit (不得分) reports `forfeitMillis` as its points
 * but is not added to the total, since it zeroes the item instead.
 */
export function applyRules(
  rules: readonly (DeductionRule | BonusFact)[],
  hits: Readonly<Record<string, RuleHit>> | undefined,
  verb: '扣' | '加',
  forfeitMillis = 0,
): AppliedRules {
  const applied: AppliedRule[] = []
  const phrases: string[] = []
  let totalMillis = 0
  let forfeit = false
  for (const rule of rules) {
    const hit = hits?.[rule.id]
    if (hit === undefined) continue
    const measured = measureHit(hit, rule)
    // Answers are validated before scoring; an unreadable hit here would be a programming error upstream.
    if (!measured.ok || (measured.count === 0 && measured.amount === 0)) continue
    let millis = 0
    let phrase = ''
    switch (rule.mode) {
      case 'once':
        millis = toMillis(rule.points)
        phrase = `${rule.label}${verb}${show(millis)}`
        break
      case 'perOccurrence': {
        const uncapped = toMillis(rule.points) * measured.count
        millis = rule.cap === undefined ? uncapped : Math.min(uncapped, toMillis(rule.cap))
        phrase = `${rule.label}${measured.count}次, 每次${verb}${show(toMillis(rule.points))}`
        phrase += millis < uncapped ? `, 封顶${show(millis)}` : `, 共${verb}${show(millis)}`
        break
      }
      case 'range':
        millis = measured.amount
        phrase = `${rule.label}${verb}${show(millis)}`
        break
      case 'multiplier': {
        const uncapped = measured.amount * rule.factor
        millis = rule.cap === undefined ? uncapped : Math.min(uncapped, toMillis(rule.cap))
        phrase = `${rule.label}, 按${show(measured.amount)}的${rule.factor}倍${verb}${show(uncapped)}`
        if (millis < uncapped) phrase += `, 封顶${show(millis)}`
        break
      }
      case 'forfeit':
        forfeit = true
        millis = forfeitMillis
        phrase = `${rule.label}, 不得分`
        break
    }
    applied.push({ id: rule.id, label: rule.label, count: measured.count, points: millis / 1000 })
    phrases.push(phrase)
    if (rule.mode !== 'forfeit') totalMillis += millis
  }
  return { applied, phrases, totalMillis, forfeit }
}
