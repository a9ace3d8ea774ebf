/** 频次周期: the calendar period a meeting count is checked over. */
export type MeetingCadence = 'monthly' | 'quarterly' | 'halfYearly' | 'yearly'
