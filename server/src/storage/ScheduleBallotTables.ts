/** 工作计划 table: a unit keeps a template on a cadence. */
export interface SchedulesTable {
  id: string
  unit_id: string
  template_id: string
  frequency: string
  minimum_per_period: number
  start_date: string
  end_date: string | null
  created_by: string
  created_at: string
}

/** 民主测评票 table: one row per voter per appraisal document (a later ballot replaces it). */
export interface BallotsTable {
  doc_id: string
  voter_id: string
  /** JSON object: member id → grade id. */
  grades: string
  /** JSON object: member id → 存在问题 text. */
  notes: string
  cast_at: string
}

/**
 * The tables of migration 004, added to a Kysely instance with `withTables` so the shared `Database` interface
 * stays as it is.
 */
// A type alias, not an interface: `withTables` needs the implicit index signature only aliases have.
export type ScheduleBallotTables = {
  schedules: SchedulesTable
  ballots: BallotsTable
}
