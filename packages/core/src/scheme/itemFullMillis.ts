import type { SchemeItem } from './SchemeItem'

/** An item's full points (满分) in thousandths; bonus, penalty, veto and flag items have none of their own. */
export function itemFullMillis(item: SchemeItem): number {
  switch (item.kind) {
    case 'deduction':
    case 'checklist':
    case 'levels':
      return Math.round(item.fullPoints * 1000)
    case 'bonus':
    case 'penalty':
    case 'veto':
    case 'flag':
      return 0
  }
}
