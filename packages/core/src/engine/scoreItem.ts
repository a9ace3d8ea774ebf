import { formatPoints } from '../decimal/formatPoints'
import type { ItemAnswer } from '../scheme/ItemAnswer'
import type { NotApplicablePolicy } from '../scheme/NotApplicablePolicy'
import type { SchemeItem } from '../scheme/SchemeItem'
import { exhaustiveSwitchError } from './exhaustiveSwitchError'
import { itemFullMillis } from '../scheme/itemFullMillis'
import type { AppliedRule } from './AppliedRule'
import { applyRules } from './applyRules'
import type { ScoredItem } from './ScoredItem'

const show = (millis: number) => `${formatPoints(millis)}分`
const toMillis = (points: number) => Math.round(points * 1000)

/** The answer to score for one item and where it came from. */
export interface ResolvedAnswer {
  readonly answer: ItemAnswer | undefined
  readonly source: 'self' | 'inspector' | 'none'
}

interface Parts {
  readonly status: 'answered' | 'missing' | 'not-applicable'
  readonly earnedMillis: number
  readonly fullMillis: number
  readonly deductions?: readonly AppliedRule[]
  readonly bonuses?: readonly AppliedRule[]
  readonly vetoTriggered?: boolean
  readonly flagMet?: boolean
  readonly text: string
}

function notApplicableParts(schemeFull: number, policy: NotApplicablePolicy): Parts {
  switch (policy) {
    case 'exclude-rescale':
      return {
        status: 'not-applicable',
        earnedMillis: 0,
        fullMillis: 0,
        text: `不适用, 不计入满分(总分按比例折算)`,
      }
    case 'award-full':
      return {
        status: 'not-applicable',
        earnedMillis: schemeFull,
        fullMillis: schemeFull,
        text: `满分${show(schemeFull)}, 不适用, 按满分计, 得${show(schemeFull)}`,
      }
    case 'award-zero':
    case 'forbid':
      return {
        status: 'not-applicable',
        earnedMillis: 0,
        fullMillis: schemeFull,
        text: `满分${show(schemeFull)}, 不适用, 按0分计, 得0分`,
      }
  }
}

function scoredParts(item: SchemeItem, answer: ItemAnswer, full: number): Parts {
  switch (item.kind) {
    case 'deduction':
    case 'checklist': {
      const phrases: string[] = [`满分${show(full)}`]
      let base = full
      if (item.kind === 'checklist') {
        const ticked = item.criteria.filter((criterion) => answer.checked?.[criterion.id] === true)
        const tickedMillis = ticked.reduce((sum, criterion) => sum + toMillis(criterion.points), 0)
        base = Math.min(tickedMillis, full)
        const list = ticked
          .map((criterion) => `${criterion.label}${show(toMillis(criterion.points))}`)
          .join('、')
        phrases.push(
          ticked.length === 0
            ? '未勾选任何要点, 计0分'
            : `勾选${list}, 计${show(base)}${tickedMillis > full ? '(以满分为限)' : ''}`,
        )
      }
      const rules = applyRules(item.rules ?? [], answer.deductions, '扣', base)
      phrases.push(...rules.phrases)
      let earned = Math.max(0, base - rules.totalMillis)
      if (rules.forfeit) earned = 0
      else if (rules.totalMillis > base) phrases.push(`扣分合计${show(rules.totalMillis)}, 扣完为止`)
      if (item.kind === 'deduction' && rules.applied.length === 0) phrases.push('无扣分')
      phrases.push(`得${show(earned)}`)
      return {
        status: 'answered',
        earnedMillis: earned,
        fullMillis: full,
        deductions: rules.applied,
        text: phrases.join(', '),
      }
    }
    case 'levels': {
      const level = item.levels.find((candidate) => candidate.id === answer.level)
      if (level === undefined)
        return {
          status: 'missing',
          earnedMillis: 0,
          fullMillis: full,
          text: `满分${show(full)}, 未选档次, 按0分计`,
        }
      const earned = toMillis(level.points)
      return {
        status: 'answered',
        earnedMillis: earned,
        fullMillis: full,
        text: `满分${show(full)}, 选「${level.label}」档, 得${show(earned)}`,
      }
    }
    case 'bonus': {
      const rules = applyRules(item.facts, answer.bonuses, '加')
      const phrases = [...rules.phrases]
      let bonus = item.cumulative
        ? rules.totalMillis
        : Math.max(0, ...rules.applied.map((entry) => toMillis(entry.points)))
      if (!item.cumulative && rules.applied.length > 1) phrases.push(`不累计, 取最高${show(bonus)}`)
      if (item.cap !== undefined && bonus > toMillis(item.cap)) {
        bonus = toMillis(item.cap)
        phrases.push(`加分封顶${show(bonus)}`)
      }
      if (rules.applied.length === 0) phrases.push('无加分')
      phrases.push(`加${show(bonus)}`)
      return {
        status: 'answered',
        earnedMillis: bonus,
        fullMillis: 0,
        bonuses: rules.applied,
        text: phrases.join(', '),
      }
    }
    case 'penalty': {
      const rules = applyRules(item.rules, answer.deductions, '扣')
      const phrases = [...rules.phrases]
      let penalty = rules.totalMillis
      if (item.cap !== undefined && penalty > toMillis(item.cap)) {
        penalty = toMillis(item.cap)
        phrases.push(`直接扣分封顶${show(penalty)}`)
      }
      if (rules.applied.length === 0) phrases.push('无扣分')
      phrases.push(`从总分扣${show(penalty)}`)
      return {
        status: 'answered',
        earnedMillis: penalty,
        fullMillis: 0,
        deductions: rules.applied,
        text: phrases.join(', '),
      }
    }
    case 'veto':
      return answer.triggered === true
        ? {
            status: 'answered',
            earnedMillis: 0,
            fullMillis: 0,
            vetoTriggered: true,
            text: item.stage === 'entry' ? '准入条件不满足, 一票否决' : '已触发',
          }
        : { status: 'answered', earnedMillis: 0, fullMillis: 0, text: '未触发' }
    case 'flag':
      return answer.met === true
        ? { status: 'answered', earnedMillis: 0, fullMillis: 0, flagMet: true, text: '已满足' }
        : { status: 'answered', earnedMillis: 0, fullMillis: 0, text: '未满足' }
    default:
      return exhaustiveSwitchError(item)
  }
}

const kindTag: Record<SchemeItem['kind'], string> = {
  deduction: '',
  checklist: '',
  levels: '',
  bonus: '(加分)',
  penalty: '(直接扣分)',
  veto: '(否决项)',
  flag: '(条件)',
}

/** Scores one item from its resolved answer; missing scored items earn 0 and say so. */
export function scoreItem(
  item: SchemeItem,
  number: string,
  resolved: ResolvedAnswer,
  policy: NotApplicablePolicy,
): ScoredItem {
  const schemeFull = itemFullMillis(item)
  const scored = item.kind === 'deduction' || item.kind === 'checklist' || item.kind === 'levels'
  let parts: Parts
  if (resolved.answer === undefined) {
    parts = scored
      ? {
          status: 'missing',
          earnedMillis: 0,
          fullMillis: schemeFull,
          text: `满分${show(schemeFull)}, 未作答, 按0分计`,
        }
      : scoredParts(item, {}, schemeFull)
  } else if (scored && resolved.answer.notApplicable === true) {
    parts = notApplicableParts(schemeFull, policy)
  } else {
    parts = scoredParts(item, resolved.answer, schemeFull)
  }
  const signed = item.kind === 'penalty' ? -parts.earnedMillis : parts.earnedMillis
  return {
    earnedMillis: parts.earnedMillis,
    fullMillis: parts.fullMillis,
    schemeFullMillis: schemeFull,
    score: {
      id: item.id,
      number,
      title: item.title,
      kind: item.kind,
      status: parts.status,
      source: resolved.source,
      earned: signed / 1000,
      full: parts.fullMillis / 1000,
      deductions: parts.deductions ?? [],
      bonuses: parts.bonuses ?? [],
      vetoTriggered: parts.vetoTriggered ?? false,
      flagMet: parts.flagMet ?? false,
      explanation: `${/^\d/.test(number) ? `第${number}项` : number}${kindTag[item.kind]}: ${parts.text}`,
    },
  }
}
