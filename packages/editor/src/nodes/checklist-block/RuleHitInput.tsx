import { parsePoints } from '@zhibu/core'
import type { BonusFact, DeductionRule, RuleHit } from '@zhibu/core'
import { useState } from 'react'
import type { ReactNode } from 'react'

/** Props of {@link RuleHitInput}. */
export interface RuleHitInputProps {
  rule: DeductionRule | BonusFact
  hit: RuleHit | undefined
  disabled: boolean
  onChange: (hit: RuleHit | null) => void
}

function hitText(hit: RuleHit | undefined): string {
  if (hit === undefined || typeof hit === 'boolean') return ''
  if (typeof hit === 'number' || typeof hit === 'string') return String(hit)
  return String(hit.length)
}

/**
 * The control one deduction rule or bonus fact needs: a tick for once/forfeit facts, a whole-number
 * counter for per-occurrence ones (每次), an amount for range and multiplier rules. A half-typed amount
 * ("0.") stays a local draft and is written only once it is a valid exact decimal.
 */
export function RuleHitInput({ rule, hit, disabled, onChange }: RuleHitInputProps): ReactNode {
  const [draft, setDraft] = useState<string | null>(null)
  if (rule.mode === 'once' || rule.mode === 'forfeit') {
    const checked =
      hit === true || (typeof hit === 'number' && hit > 0) || (Array.isArray(hit) && hit.length > 0)
    return (
      <input
        type="checkbox"
        className="zhibu-checklist__hit"
        aria-label={rule.label}
        data-rule-id={rule.id}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked ? true : null)}
      />
    )
  }
  const isCount = rule.mode === 'perOccurrence'
  return (
    <input
      type="number"
      className="zhibu-checklist__hit zhibu-checklist__hit--number"
      aria-label={isCount ? `${rule.label}次数` : `${rule.label}分值`}
      data-rule-id={rule.id}
      min={rule.mode === 'range' ? rule.min : 0}
      max={rule.mode === 'range' ? rule.max : undefined}
      step={isCount ? 1 : 0.1}
      value={draft ?? hitText(hit)}
      disabled={disabled}
      onBlur={() => setDraft(null)}
      onChange={(event) => {
        const text = event.target.value.trim()
        setDraft(text)
        if (text === '') onChange(null)
        else if (isCount ? /^\d+$/.test(text) : parsePoints(text).ok) onChange(isCount ? Number(text) : text)
      }}
    />
  )
}
