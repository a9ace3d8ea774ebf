import { NodeViewWrapper } from '@tiptap/react'
import type { ReactNodeViewProps } from '@tiptap/react'
import { ledgerColumns, readLedgerEntries } from '@zhibu/core'
import type { LedgerKind } from '@zhibu/core'
import { useId, useState } from 'react'
import type { ReactNode } from 'react'
import { contentDocOf } from '../shared/contentDocOf'
import { todayOf } from '../shared/todayOf'
import { useDocVersion } from '../shared/useDocVersion'
import { useEditable } from '../shared/useEditable'
import { deadlineBucketLabels } from './deadlineBucketLabels'
import { LedgerCell } from './LedgerCell'
import type { LivingTemplateNodeOptions } from '../shared/LivingTemplateNodeOptions'
import { ledgerTitles } from './ledgerTitles'
import { rowState } from './rowState'
import { StatusActions } from './StatusActions'

/** The ledger block's view: one table row per ledger row, coloured by deadline bucket. */
export function LedgerBlockView({ editor, node, extension }: ReactNodeViewProps): ReactNode {
  const options = extension.options as LivingTemplateNodeOptions
  const doc = contentDocOf(editor)
  useDocVersion(doc)
  const editable = useEditable(editor, options.role)
  const membersListId = useId()
  const [refusal, setRefusal] = useState<string | null>(null)
  const kind = node.attrs['ledgerKind'] as LedgerKind
  const wrap = (children: ReactNode): ReactNode => (
    <NodeViewWrapper
      className="zhibu-ledger"
      data-type="ledger-block"
      data-ledger-kind={kind}
      contentEditable={false}
    >
      {children}
    </NodeViewWrapper>
  )
  if (doc === null) return wrap(<p className="zhibu-block__notice">台账需要协同文档</p>)
  const today = todayOf(options)
  const columns = ledgerColumns[kind].filter((column) => column.type !== 'status')
  const members = options.getMembers?.() ?? []
  const role = options.role ?? 'editor'
  const isOwnItem = options.isOwnUnit ?? true
  const refuse = (error: { message: string }): void => setRefusal(error.message)
  const rows = readLedgerEntries(doc, kind)
  const request = options.onRequestTransition

  return wrap(
    <>
      <div className="zhibu-ledger__header">
        <span className="zhibu-ledger__title">{ledgerTitles[kind]}</span>
        <span className="zhibu-ledger__count">共{rows.length}项</span>
      </div>
      {members.length > 0 && (
        <datalist id={membersListId}>
          {members.map((member) => (
            <option key={member.id} value={member.name} />
          ))}
        </datalist>
      )}
      {refusal !== null && (
        <p className="zhibu-block__notice" role="alert">
          {refusal}
        </p>
      )}
      <table className="zhibu-ledger__table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.field} scope="col">
                {column.label}
              </th>
            ))}
            {kind !== 'problems' && <th scope="col">期限</th>}
            {kind === 'rectification' && <th scope="col">状态</th>}
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {rows.map((entry) => {
            const state = rowState(entry, today)
            return (
              <tr
                key={entry.id}
                data-row-id={entry.id}
                data-bucket={state.bucket ?? undefined}
                className={state.bucket === null ? undefined : `zhibu-ledger__row--${state.bucket}`}
              >
                {columns.map((column) => (
                  <td key={column.field}>
                    <LedgerCell
                      column={column}
                      fields={entry.fields}
                      disabled={!editable}
                      members={members}
                      membersListId={membersListId}
                      onChange={(patch) => {
                        editor.commands.updateLedgerRow(entry.id, patch)
                      }}
                    />
                  </td>
                ))}
                {kind !== 'problems' && (
                  <td className="zhibu-ledger__bucket">
                    {state.bucket === null ? '' : deadlineBucketLabels[state.bucket]}
                  </td>
                )}
                {kind === 'rectification' && (
                  <td>
                    {state.rectification !== null && (
                      <StatusActions
                        row={state.rectification}
                        role={role}
                        isOwnItem={isOwnItem}
                        onMove={
                          editable
                            ? (to, reason) => {
                                setRefusal(null)
                                editor.commands.transitionRectification(entry.id, to, reason, refuse)
                              }
                            : request === undefined || state.rectification === null
                              ? null
                              : (to, reason) => {
                                  const from = state.rectification?.status ?? 'open'
                                  void Promise.resolve(
                                    request({
                                      rowId: entry.id,
                                      from,
                                      to,
                                      ...(reason === undefined ? {} : { reason }),
                                    }),
                                  ).catch(refuse)
                                }
                        }
                      />
                    )}
                  </td>
                )}
                <td className="zhibu-block__actions">
                  {kind === 'problems' &&
                    (state.rectificationId !== null ? (
                      <span className="zhibu-ledger__linked">已生成整改事项</span>
                    ) : (
                      editable && (
                        <button
                          type="button"
                          data-action="spawn-rectification"
                          onClick={() => editor.commands.spawnRectification(entry.id, refuse)}
                        >
                          生成整改事项
                        </button>
                      )
                    ))}
                  {editable && (
                    <button
                      type="button"
                      data-action="delete-row"
                      onClick={() => editor.commands.deleteLedgerRow(entry.id)}
                    >
                      删除
                    </button>
                  )}
                  {state.issues.map((issue) => (
                    <span key={issue.path} className="zhibu-block__notice">
                      {issue.message}
                    </span>
                  ))}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
      {editable && (
        <button type="button" data-action="add-row" onClick={() => editor.commands.addLedgerRow(kind)}>
          新增一行
        </button>
      )}
    </>,
  )
}
