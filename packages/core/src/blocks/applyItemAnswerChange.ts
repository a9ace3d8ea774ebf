import type { ItemAnswer } from '../scheme/ItemAnswer'
import type { RuleHit } from '../scheme/RuleHit'
import type { Scheme } from '../scheme/Scheme'
import type { SchemeItem } from '../scheme/SchemeItem'
import { validateAnswers } from '../scheme/validateAnswers'
import type { BlockResult } from './BlockResult'
import type { ItemAnswerChange } from './ItemAnswerChange'

type Mutable = { -readonly [Key in keyof ItemAnswer]?: ItemAnswer[Key] }

function withEntry<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
  value: T | null,
): Record<string, T> | undefined {
  const next: Record<string, T> = { ...record }
  if (value === null) delete next[key]
  else next[key] = value
  return Object.keys(next).length === 0 ? undefined : next
}

function assign<Key extends keyof Mutable>(answer: Mutable, key: Key, value: Mutable[Key] | undefined): void {
  if (value === undefined) delete answer[key]
  else answer[key] = value
}

function isOff(hit: RuleHit | null): boolean {
  return hit === null || hit === false || hit === 0 || hit === '' || hit === '0'
}

/**
 * [B1] Maps one checklist-block edit to the item's next answer in the core answers format
 * (docs/answers-format.md). Any edit marks the item answered (an empty answer means "nothing to
 * deduct"); `answered: false` removes the answer (null). The result is checked with the core's own
 * `validateAnswers`, so a block can never write an answer that would make the whole form unscorable:
 * a bad edit is refused with a code and the shared data stays as it was.
 */
export function applyItemAnswerChange(
  scheme: Scheme,
  item: SchemeItem,
  previous: ItemAnswer | undefined,
  change: ItemAnswerChange,
): BlockResult<ItemAnswer | null> {
  if (change.type === 'answered') return { ok: true, value: change.value ? (previous ?? {}) : null }
  const next: Mutable = { ...previous }
  switch (change.type) {
    case 'notApplicable':
      if (change.value && scheme.notApplicable === 'forbid') {
        return {
          ok: false,
          error: { code: 'BLOCK_NOT_APPLICABLE_FORBIDDEN', message: '本细则不允许标记不适用' },
        }
      }
      assign(next, 'notApplicable', change.value ? true : undefined)
      break
    case 'deduction':
      assign(
        next,
        'deductions',
        withEntry(next.deductions, change.ruleId, isOff(change.hit) ? null : change.hit),
      )
      break
    case 'bonus':
      assign(next, 'bonuses', withEntry(next.bonuses, change.factId, isOff(change.hit) ? null : change.hit))
      break
    case 'level':
      assign(next, 'level', change.levelId ?? undefined)
      break
    case 'criterion':
      assign(next, 'checked', withEntry(next.checked, change.criterionId, change.checked ? true : null))
      break
    case 'triggered':
      assign(next, 'triggered', change.value)
      break
    case 'met':
      assign(next, 'met', change.value)
      break
    case 'note':
      assign(next, 'note', change.text === '' ? undefined : change.text)
      break
  }
  const checked = validateAnswers(scheme, { self: { [item.id]: next } })
  const error = checked.problems.find((problem) => problem.severity === 'error')
  if (!checked.ok || error !== undefined) {
    const code = error?.code === 'answers.field-not-allowed' ? 'BLOCK_FIELD_NOT_ALLOWED' : 'BLOCK_BAD_HIT'
    return {
      ok: false,
      error: { code, message: `第${item.number ?? item.id}项: ${error?.message ?? '答案无效'}` },
    }
  }
  return { ok: true, value: next }
}
