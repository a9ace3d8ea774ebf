import type { RectificationStatus } from './RectificationStatus'

/** Chinese labels shown in ledgers (整改台账). */
export const rectificationStatusLabels: Readonly<Record<RectificationStatus, string>> = {
  open: '待整改',
  in_progress: '整改中',
  submitted: '待验收',
  verified: '验收通过',
  closed: '已销号',
  reopened: '退回整改',
}
