import type { VetoHit } from '@zhibu/core'

/** How a triggered veto or lock changes the grade, in Chinese. */
export function vetoEffectLabel(hit: VetoHit): string {
  switch (hit.effect.kind) {
    case 'fail':
      return hit.stage === 'entry' ? '不符合准入条件, 一票否决' : '一票否决'
    case 'cap':
      return `等次最高为 ${hit.effect.grade}`
    case 'set':
      return `等次定为 ${hit.effect.grade}`
  }
}
