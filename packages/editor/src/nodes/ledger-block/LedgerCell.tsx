import type { LedgerColumn } from '@zhibu/core'
import type { ReactNode } from 'react'
import type { UnitMember } from '../shared/LivingTemplateContext'

/** Props of {@link LedgerCell}. */
export interface LedgerCellProps {
  column: LedgerColumn
  fields: Readonly<Record<string, unknown>>
  disabled: boolean
  members: readonly UnitMember[]
  membersListId: string
  onChange: (patch: Readonly<Record<string, unknown>>) => void
}

/** One editable cell of a ledger row, typed by its column; values render as React text. */
export function LedgerCell({
  column,
  fields,
  disabled,
  members,
  membersListId,
  onChange,
}: LedgerCellProps): ReactNode {
  const value = fields[column.field]
  const text = typeof value === 'string' ? value : ''
  const common = { 'aria-label': column.label, 'data-field': column.field, disabled }
  switch (column.type) {
    case 'serial':
      return <span data-field={column.field}>{typeof value === 'number' ? value : ''}</span>
    case 'status':
      return null
    case 'flag':
      return (
        <input
          type="checkbox"
          {...common}
          checked={value === true}
          onChange={(event) => onChange({ [column.field]: event.target.checked })}
        />
      )
    case 'choice':
      return (
        <select
          {...common}
          value={text}
          onChange={(event) => onChange({ [column.field]: event.target.value })}
        >
          {Object.entries(column.choices ?? {}).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
      )
    case 'date':
      return (
        <input
          type="date"
          {...common}
          value={text}
          onChange={(event) =>
            onChange({ [column.field]: event.target.value === '' ? undefined : event.target.value })
          }
        />
      )
    case 'owner':
      return (
        <input
          type="text"
          {...common}
          list={members.length > 0 ? membersListId : undefined}
          value={text}
          onChange={(event) => {
            const name = event.target.value
            // A name picked from the unit's list links the member; free text stays a name only.
            const member = members.find((candidate) => candidate.name === name)
            onChange({ owner: name, ownerId: member?.id })
          }}
        />
      )
    case 'longText':
      return (
        <textarea
          {...common}
          rows={2}
          value={text}
          onChange={(event) => onChange({ [column.field]: event.target.value })}
        />
      )
    case 'text':
      return (
        <input
          type="text"
          {...common}
          value={text}
          onChange={(event) => onChange({ [column.field]: event.target.value })}
        />
      )
  }
}
