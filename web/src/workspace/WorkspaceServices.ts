import type { ApiClient } from '../api/ApiClient'
import type { WorkspaceStore } from '../storage/WorkspaceStore'

/** 工作区服务: the store and API client the shell's components share through context. */
export interface WorkspaceServices {
  store: WorkspaceStore
  api: ApiClient
}
