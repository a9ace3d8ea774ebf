/** 缺席人员 with the reason: 病假 sickLeave, 事假 personalLeave, 公出 officialDuty, 其他 other. */
export interface Absentee {
  readonly name: string
  readonly reason: 'sickLeave' | 'personalLeave' | 'officialDuty' | 'other'
  readonly note?: string
}
