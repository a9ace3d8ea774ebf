/** 频次: how often a scheduled template is due (每月 / 每季度 / 每半年 / 每年). */
export type ScheduleFrequency = 'monthly' | 'quarterly' | 'halfYearly' | 'yearly'

/** Every frequency, shortest period first (the order the schedule form offers them). */
export const scheduleFrequencies: readonly ScheduleFrequency[] = [
  'monthly',
  'quarterly',
  'halfYearly',
  'yearly',
]
