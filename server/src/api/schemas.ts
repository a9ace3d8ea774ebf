import { z } from 'zod'
import { isValidDocId, roles } from '@zhibu/core'
import { unitKinds } from '../access/UnitKind'

// Request schemas shared by the routes; kept together because several routes reuse the same field rules.
const username = z
  .string()
  .trim()
  .min(2)
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, 'letters, digits, _ . - only')
const password = z.string().min(8).max(256)
const displayName = z.string().trim().min(1).max(100)
const id = z.string().min(1).max(100)
const docId = z.string().refine(isValidDocId, 'document ids match ^[A-Za-z0-9_-]{8,64}$')

/** Bodies, params and queries accepted by the API. */
export const schemas = {
  setup: z.strictObject({ username, password, displayName }),
  login: z.strictObject({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }),
  createUser: z.strictObject({ username, password, displayName, isAdmin: z.boolean().optional() }),
  createUnit: z.strictObject({
    name: z.string().trim().min(1).max(200),
    kind: z.enum(unitKinds as [string, ...string[]]),
    parentId: id.optional(),
  }),
  unitParams: z.strictObject({ unitId: id }),
  roleParams: z.strictObject({ unitId: id, userId: id }),
  roleBody: z.strictObject({ role: z.enum(roles as [string, ...string[]]) }),
  docId,
  createDocument: z.strictObject({
    id: docId.optional(),
    unitId: id,
    templateId: z.string().min(1).max(200),
    title: z.string().trim().min(1).max(200),
  }),
  listDocuments: z.strictObject({ unitId: id.optional() }),
  comment: z.strictObject({ anchor: z.unknown().optional(), text: z.string().trim().min(1).max(10_000) }),
  inspectionParams: z.strictObject({ id, itemId: z.string().min(1).max(200) }),
  inspectionBody: z.strictObject({ answer: z.unknown() }),
  transition: z.strictObject({
    rowId: z.string().min(1).max(200),
    to: z.string().min(1).max(50),
    reason: z.string().max(2_000).optional(),
  }),
  auditQuery: z.strictObject({
    limit: z.coerce.number().int().min(1).max(500).default(100),
    before: z.coerce.number().int().positive().optional(),
  }),
}
