import { builtInSchemeLookup, upgradeDocument } from '@zhibu/core'
import type { DocumentRecord } from '../storage/DocumentRepo'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'
import { ApiError } from './ApiError'

/** The answer of `POST /api/docs/:id/upgrade`. */
export interface TemplateUpgradeAnswer {
  templateVersion: number
  archived: number
  applied: boolean
}

/**
 * Moves a document to a later template version. The documents row is the lock: a compare-and-set of
 * `template_version` from the current to the target version decides which of any number of concurrent requests
 * (on any node) performs the structural upgrade; the others find the row already moved and answer
 * `applied: false`. The winner writes the upgrade through the room pipeline (committed, then broadcast), and puts
 * the row back if that write fails, so a retry can succeed.
 */
export async function upgradeDocumentTemplate(
  store: Store,
  rooms: RoomManager,
  document: DocumentRecord,
  toVersion: number,
): Promise<TemplateUpgradeAnswer> {
  let row: DocumentRecord | undefined = document
  // Each lost compare-and-set means the row moved; a few rounds cover someone upgrading to an intermediate version.
  for (let attempt = 0; attempt < 5 && row !== undefined; attempt++) {
    const current = Number(row.templateVersion)
    if (toVersion < current)
      throw new ApiError(
        409,
        'TEMPLATE_VERSION_OLDER',
        `文档已是第 ${current} 版, 不能降到第 ${toVersion} 版`,
      )
    if (toVersion === current) return { templateVersion: current, archived: 0, applied: false }
    const [from, to] = await Promise.all([
      store.templates.find(row.templateId, current),
      store.templates.find(row.templateId, toVersion),
    ])
    if (to === undefined) throw new ApiError(404, 'TEMPLATE_VERSION_NOT_FOUND', `模板没有第 ${toVersion} 版`)
    if (from === undefined)
      throw new ApiError(409, 'TEMPLATE_VERSION_NOT_FOUND', `文档所用的模板第 ${current} 版不存在`)
    if (!(await store.templates.compareAndSetDocumentVersion(row.id, current, toVersion))) {
      row = await store.documents.findById(row.id)
      continue
    }
    const now = new Date().toISOString()
    let outcome: ReturnType<typeof upgradeDocument>
    try {
      outcome = await rooms.writeServerChange(row.id, (doc) =>
        upgradeDocument(doc, from.template, to.template, { now, schemes: builtInSchemeLookup }),
      )
    } catch (error) {
      await store.templates.compareAndSetDocumentVersion(row.id, toVersion, current)
      throw error
    }
    if (!outcome.ok) {
      await store.templates.compareAndSetDocumentVersion(row.id, toVersion, current)
      throw new ApiError(409, outcome.error.code, outcome.error.message)
    }
    await store.documents.touch(row.id, now)
    return { templateVersion: toVersion, archived: outcome.value.archived, applied: outcome.value.applied }
  }
  throw new ApiError(409, 'TEMPLATE_UPGRADE_CONFLICT', '模板升级与其他操作冲突, 请重试')
}
