import { allowedRectificationMoves, rectificationStatusLabels } from '@zhibu/core'
import type { RectificationRow, RectificationStatus, Role } from '@zhibu/core'
import { useState } from 'react'
import type { ReactNode } from 'react'

/** Props of {@link StatusActions}. */
export interface StatusActionsProps {
  row: RectificationRow
  role: Role
  isOwnItem: boolean
  /** null when this user can neither write nor request moves: the status is shown, no actions */
  onMove: ((to: RectificationStatus, reason: string | undefined) => void) | null
}

/**
 * A 整改 row's status and the moves core allows this role (督办 sees 验收/销号/退回 on submitted items
 * only; 党员 sees none). A move that needs a reason (退回) stays disabled until one is typed.
 */
export function StatusActions({ row, role, isOwnItem, onMove }: StatusActionsProps): ReactNode {
  const [reason, setReason] = useState('')
  const moves = onMove === null ? [] : allowedRectificationMoves(role, row.status, isOwnItem)
  const needsReason = moves.some((move) => move.reasonRequired)
  return (
    <div className="zhibu-ledger__status" data-status={row.status}>
      <span className="zhibu-ledger__status-label">{rectificationStatusLabels[row.status]}</span>
      {row.closedOn !== undefined && <span className="zhibu-ledger__closed-on">销号 {row.closedOn}</span>}
      {needsReason && (
        <input
          type="text"
          aria-label="退回理由"
          placeholder="退回理由"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      )}
      {moves.map((move) => (
        <button
          key={move.to}
          type="button"
          data-move={move.to}
          disabled={move.reasonRequired && reason.trim() === ''}
          onClick={() => {
            onMove?.(move.to, move.reasonRequired ? reason.trim() : undefined)
            setReason('')
          }}
        >
          {rectificationStatusLabels[move.to]}
        </button>
      ))}
    </div>
  )
}
