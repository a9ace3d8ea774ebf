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
}
