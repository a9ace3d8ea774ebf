import type { MeetingFrequency } from './MeetingFrequency'
import type { MeetingType } from './MeetingType'

/** 频次要求: the frequency each meeting type must keep; null means the type is not tracked. */
export type MeetingFrequencyProfile = Readonly<Record<MeetingType, MeetingFrequency | null>>
