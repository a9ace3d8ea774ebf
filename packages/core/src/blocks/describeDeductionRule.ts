import type { BonusFact } from '../scheme/BonusFact'
import type { DeductionRule } from '../scheme/DeductionRule'

/** [B4] A rule's amount in the handbook's words: "扣0.5分", "每次扣0.1分, 最多扣1分", "酌情扣1-3分". */
export function describeDeductionRule(rule: DeductionRule | (BonusFact & { readonly bonus: true })): string {
  const verb = 'bonus' in rule ? '加' : '扣'
  switch (rule.mode) {
    case 'once':
      return `${verb}${rule.points}分`
    case 'perOccurrence':
      return `每次${verb}${rule.points}分${rule.cap === undefined ? '' : `, 最多${verb}${rule.cap}分`}`
    case 'range':
      return `酌情扣${rule.min}-${rule.max}分`
    case 'multiplier':
      return `按基数的${rule.factor}倍扣分${rule.cap === undefined ? '' : `, 最多扣${rule.cap}分`}`
    case 'forfeit':
      return '不得分'
  }
}
