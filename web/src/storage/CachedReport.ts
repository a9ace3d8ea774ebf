/**
 * 离线缓存的报表: the last answer of a unit-level view (calendar, scorecard, ranking, schedules) kept so the
 * view still shows something offline, with when it was fetched.
 */
export interface CachedReport {
  /** `<view>:<unitId>:<year>`, e.g. `calendar:demo-branch-1:2026` */
  key: string
  /** the parsed answer, as the view uses it */
  value: unknown
  /** when the server gave it, ISO */
  fetchedAt: string
}
