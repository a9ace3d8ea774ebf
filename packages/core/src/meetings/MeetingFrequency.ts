import type { MeetingCadence } from './MeetingCadence'

/** 召开频次: at least `minimumCount` meetings in every `cadence` period. */
export interface MeetingFrequency {
  readonly cadence: MeetingCadence
  readonly minimumCount: number
}
