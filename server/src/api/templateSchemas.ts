import { z } from 'zod'
import { isValidDocId } from '@zhibu/core'

const templateId = z.string().regex(/^[A-Za-z0-9_.-]{1,100}$/, 'template ids are letters, digits, _ . -')
const version = z.coerce.number().int().positive().max(1_000_000)
const docId = z.string().refine(isValidDocId, 'document ids match ^[A-Za-z0-9_-]{8,64}$')

/** Bodies and params of the template-version routes. */
export const templateSchemas = {
  templateParams: z.strictObject({ templateId }),
  versionParams: z.strictObject({ templateId, version }),
  draft: z.strictObject({
    unitId: z.string().min(1).max(100),
    title: z.string().trim().min(1).max(200).optional(),
  }),
  publish: z.strictObject({ draftDocId: docId, note: z.string().trim().max(500).optional() }),
  upgrade: z.strictObject({ toVersion: z.number().int().positive().max(1_000_000) }),
}
