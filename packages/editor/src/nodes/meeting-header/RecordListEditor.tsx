import type { ReactNode } from 'react'

/** One column of a {@link RecordListEditor}. */
export interface RecordListColumn {
  key: string
  label: string
  type: 'text' | 'count' | 'choice' | 'date'
  choices?: Readonly<Record<string, string>>
}

/** Props of {@link RecordListEditor}. */
export interface RecordListEditorProps {
  title: string
  name: string
  columns: readonly RecordListColumn[]
  /** the list's records (absentees, votes …) */
  entries: readonly object[]
  disabled: boolean
  /** the whole list after an edit (header lists are whole values in the `meeting` map) */
  onChange: (entries: Readonly<Record<string, unknown>>[]) => void
  newEntry: () => Record<string, unknown>
  renderActions?: (entry: object, index: number) => ReactNode
}

function cell(
  column: RecordListColumn,
  value: unknown,
  disabled: boolean,
  set: (value: unknown) => void,
): ReactNode {
  if (column.type === 'choice') {
    return (
      <select
        aria-label={column.label}
        value={typeof value === 'string' ? value : ''}
        disabled={disabled}
        onChange={(event) => set(event.target.value)}
      >
        {Object.entries(column.choices ?? {}).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    )
  }
  if (column.type === 'count') {
    return (
      <input
        type="number"
        min={0}
        step={1}
        aria-label={column.label}
        value={typeof value === 'number' ? String(value) : ''}
        disabled={disabled}
        onChange={(event) => {
          if (/^\d+$/.test(event.target.value)) set(Number(event.target.value))
          else if (event.target.value === '') set(0)
        }}
      />
    )
  }
  return (
    <input
      type={column.type === 'date' ? 'date' : 'text'}
      aria-label={column.label}
      value={typeof value === 'string' ? value : ''}
      disabled={disabled}
      onChange={(event) =>
        set(event.target.value === '' && column.type === 'date' ? undefined : event.target.value)
      }
    />
  )
}

/** A small table editing a list of records of the meeting header (缺席, 列席, 表决, 决议). */
export function RecordListEditor(props: RecordListEditorProps): ReactNode {
  const { title, name, columns, disabled, onChange, newEntry, renderActions } = props
  const entries = props.entries as readonly Readonly<Record<string, unknown>>[]
  const update = (index: number, key: string, value: unknown): void => {
    onChange(
      entries.map((entry, position) => {
        if (position !== index) return { ...entry }
        const next: Record<string, unknown> = { ...entry }
        if (value === undefined) delete next[key]
        else next[key] = value
        return next
      }),
    )
  }
  return (
    <fieldset className="zhibu-meeting__list" data-list={name}>
      <legend>{title}</legend>
      {entries.length > 0 && (
        <table>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={typeof entry['id'] === 'string' ? entry['id'] : index}>
                {columns.map((column) => (
                  <td key={column.key}>
                    {cell(column, entry[column.key], disabled, (value) => update(index, column.key, value))}
                  </td>
                ))}
                <td className="zhibu-block__actions">
                  {renderActions?.(entry, index)}
                  {!disabled && (
                    <button
                      type="button"
                      onClick={() =>
                        onChange(
                          entries
                            .filter((_entry, position) => position !== index)
                            .map((kept) => ({ ...kept })),
                        )
                      }
                    >
                      删除
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!disabled && (
        <button
          type="button"
          data-action={`add-${name}`}
          onClick={() => onChange([...entries.map((entry) => ({ ...entry })), newEntry()])}
        >
          添加
        </button>
      )}
    </fieldset>
  )
}
