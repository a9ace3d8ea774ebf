import type { Generated } from 'kysely'

/** 用户 table. `is_admin` is 0/1 so the same column works on SQLite and Postgres. */
export interface UsersTable {
  id: string
  username: string
  display_name: string
  password_hash: string
  is_admin: number
  created_at: string
}

/** 会话 table: only the sha256 of the opaque token is stored. */
export interface SessionsTable {
  token_hash: string
  user_id: string
  created_at: string
  expires_at: string
  revoked_at: string | null
}

/** 组织单位 table (工委, 机关党委, 支部, 党小组). */
export interface UnitsTable {
  id: string
  name: string
  kind: string
  parent_id: string | null
  created_at: string
}

/** Role grants: one role per user per unit, inherited by the units below. */
export interface RoleGrantsTable {
  unit_id: string
  user_id: string
  role: string
  granted_at: string
}

/** 文档 metadata; the content lives in the document rooms. */
export interface DocumentsTable {
  id: string
  unit_id: string
  template_id: string
  template_version: string
  kind: string
  title: string
  created_by: string
  created_at: string
  updated_at: string
}

/**
 * One row per sync room: the compacted snapshot and the sequence counters.
 * `head_seq` is bumped under the row lock by every append, so sequence numbers are gap-free and in commit
 * order per room, which is what makes "compact only seq ≤ N" safe on Postgres as well as SQLite.
 */
export interface DocRoomsTable {
  room: string
  head_seq: number
  snapshot: Uint8Array | null
  snapshot_seq: number
  updated_at: string
}

/** Appended Yjs updates not yet folded into the room's snapshot. */
export interface DocUpdatesTable {
  room: string
  seq: number
  data: Uint8Array
  created_at: string
}

/** 审计日志. */
export interface AuditLogTable {
  id: Generated<number>
  at: string
  user_id: string | null
  action: string
  target: string | null
  ip: string | null
  detail: string | null
}

/** The Kysely schema shared by every adapter. */
export interface Database {
  users: UsersTable
  sessions: SessionsTable
  units: UnitsTable
  role_grants: RoleGrantsTable
  documents: DocumentsTable
  doc_rooms: DocRoomsTable
  doc_updates: DocUpdatesTable
  audit_log: AuditLogTable
}
