import type { Absentee } from '@zhibu/core'

/** 缺席原因 as written in minutes. */
export const absenceReasonLabels: Readonly<Record<Absentee['reason'], string>> = {
  sickLeave: '病假',
  personalLeave: '事假',
  officialDuty: '公出',
  other: '其他',
}
