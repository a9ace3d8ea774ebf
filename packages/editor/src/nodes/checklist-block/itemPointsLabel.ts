import type { SchemeItem } from '@zhibu/core'

/** What an item is worth, in the handbook's words: 满分4分, 加分(封顶2分), 一票否决, 不能评为一级. */
export function itemPointsLabel(item: SchemeItem): string {
  switch (item.kind) {
    case 'deduction':
    case 'checklist':
    case 'levels':
      return `满分${item.fullPoints}分`
    case 'bonus':
      return item.cap === undefined ? '加分' : `加分(封顶${item.cap}分)`
    case 'penalty':
      return item.cap === undefined ? '直接扣分' : `直接扣分(最多${item.cap}分)`
    case 'veto':
      if (item.effect.kind === 'fail') return item.stage === 'entry' ? '准入条件(一票否决)' : '一票否决'
      return item.effect.kind === 'cap' ? `等次封顶: ${item.effect.grade}` : `定为: ${item.effect.grade}`
    case 'flag':
      return '定级条件'
  }
}
