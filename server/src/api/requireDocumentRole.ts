import type { AccessService } from '../access/AccessService'
import type { Role } from '@zhibu/core'
import type { UserRecord } from '../storage/UserRepo'
import { ApiError } from './ApiError'

/** The caller's role on a document; 404 (never 403) when it does not exist or is not readable, so existence does not leak. */
export async function requireDocumentRole(
  access: AccessService,
  user: UserRecord,
  docId: string,
): Promise<{ role: Role; unitId: string }> {
  const grant = await access.roleOnDocument(user, docId)
  if (grant === undefined) throw new ApiError(404, 'DOCUMENT_NOT_FOUND', 'document not found')
  return grant
}
