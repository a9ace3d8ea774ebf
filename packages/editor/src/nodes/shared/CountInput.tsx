import type { ReactNode } from 'react'

/** Props of {@link CountInput}. */
export interface CountInputProps {
  label: string
  value: number | undefined
  disabled: boolean
  /** undefined when the field is cleared */
  onChange: (value: number | undefined) => void
  name?: string
}

/**
 * A labelled whole-number field (人数, 票数, 第N次). Anything but digits is not written, so the shared
 * data only ever holds counts core's readers accept.
 */
export function CountInput({ label, value, disabled, onChange, name }: CountInputProps): ReactNode {
  return (
    <label className="zhibu-field zhibu-field--count">
      <span>{label}</span>
      <input
        type="number"
        min={0}
        step={1}
        name={name}
        data-field={name}
        value={value === undefined ? '' : String(value)}
        disabled={disabled}
        onChange={(event) => {
          const text = event.target.value.trim()
          if (text === '') onChange(undefined)
          else if (/^\d+$/.test(text)) onChange(Number(text))
        }}
      />
    </label>
  )
}
