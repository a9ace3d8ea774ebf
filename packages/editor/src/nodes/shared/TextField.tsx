import type { ReactNode } from 'react'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  label: string
  value: string | undefined
  disabled: boolean
  onChange: (value: string) => void
  name?: string
  type?: 'text' | 'date' | 'datetime-local'
  multiline?: boolean
  list?: string
}

/** A labelled text field; its value is rendered by React, so whatever a collaborator typed stays text. */
export function TextField({
  label,
  value,
  disabled,
  onChange,
  name,
  type = 'text',
  multiline = false,
  list,
}: TextFieldProps): ReactNode {
  return (
    <label className="zhibu-field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          name={name}
          data-field={name}
          value={value ?? ''}
          disabled={disabled}
          rows={2}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          type={type}
          name={name}
          data-field={name}
          value={value ?? ''}
          disabled={disabled}
          list={list}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </label>
  )
}
