import type { AttachmentRepo } from './AttachmentRepo'
import type { AuditRepo } from './AuditRepo'
import type { BallotRepo } from './BallotRepo'
import type { ScheduleRepo } from './ScheduleRepo'
import type { DocStore } from './DocStore'
import type { DocumentRepo } from './DocumentRepo'
import type { SessionRepo } from './SessionRepo'
import type { SqlFlavour } from './SqlFlavour'
import type { TemplateRepo } from './TemplateRepo'
import type { UnitRepo } from './UnitRepo'
import type { UserRepo } from './UserRepo'

/** Everything the server persists, behind one interface per concern; one instance per adapter (SQLite, Postgres). */
export interface Store {
  readonly flavour: SqlFlavour
  readonly docs: DocStore
  readonly users: UserRepo
  readonly sessions: SessionRepo
  readonly units: UnitRepo
  readonly documents: DocumentRepo
  readonly audit: AuditRepo
  readonly schedules: ScheduleRepo
  readonly ballots: BallotRepo
  readonly templates: TemplateRepo
  readonly attachments: AttachmentRepo
  /** Cheap connectivity check for /healthz and /readyz. */
  ping(): Promise<boolean>
  close(): Promise<void>
}
