import { z } from 'zod'
import { isValidDocId } from '@zhibu/core'

const docId = z.string().refine(isValidDocId, 'document ids match ^[A-Za-z0-9_-]{8,64}$')

/** Params and queries of the attachment routes. */
export const attachmentSchemas = {
  docParams: z.strictObject({ id: docId }),
  attachmentParams: z.strictObject({ attachmentId: z.string().min(1).max(100) }),
  upload: z.strictObject({
    itemId: z.string().min(1).max(200).optional(),
    // The name is only shown and offered on download; path separators and control characters are replaced.
    name: z
      .string()
      .trim()
      .min(1)
      .max(255)
      // eslint-disable-next-line no-control-regex
      .transform((name) => name.replace(/[\u0000-\u001f\u007f/\\]/g, '_')),
    column: z.enum(['self', 'inspector']).default('self'),
  }),
}
