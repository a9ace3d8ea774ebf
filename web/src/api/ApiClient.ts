import type { Role } from '@zhibu/core'
import type { DocumentEntry } from '../storage/DocumentEntry'
import type { Session } from '../storage/Session'
import type { TemplateRecord } from '../storage/TemplateRecord'
import type { UnitRecord } from '../storage/UnitRecord'
import type { ApiResult } from './ApiResult'

/** 新建文档请求体: the client always sends its own id so a replayed creation is idempotent. */
export interface CreateDocumentBody {
  id: string
  unitId: string
  templateId: string
  title: string
}

/** 单位成员: a member of a unit as `GET /api/units/:id/members` lists them, for owner pickers. */
export interface UnitMemberRecord {
  id: string
  name: string
  /** The member's effective role on the unit, inherited grants included (a 督办 granted on the 工委). */
  role?: Role
}

/** 整改流转请求体: a status move made through the API by a role that cannot write the content room. */
export interface TransitionBody {
  rowId: string
  to: string
  reason?: string
}

/** The JSON API the shell uses (server contract: issue 3, docs/architecture.md). */
export interface ApiClient {
  login(username: string, password: string): Promise<ApiResult<Session>>
  logout(): Promise<ApiResult<true>>
  me(): Promise<ApiResult<Session['user']>>
  setupNeeded(): Promise<ApiResult<boolean>>
  setup(body: { username: string; password: string; displayName: string }): Promise<ApiResult<Session | null>>
  listUnits(): Promise<ApiResult<UnitRecord[]>>
  listTemplates(): Promise<ApiResult<TemplateRecord[]>>
  listDocuments(unitId: string): Promise<ApiResult<DocumentEntry[]>>
  createDocument(body: CreateDocumentBody): Promise<ApiResult<{ id: string }>>
  listMembers(unitId: string): Promise<ApiResult<UnitMemberRecord[]>>
  requestTransition(docId: string, body: TransitionBody): Promise<ApiResult<true>>
}
