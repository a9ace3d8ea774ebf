import type { z } from 'zod'
import { ApiError } from './ApiError'

/** Validates a body, params or query against a zod schema; a failure is a 400 naming the first bad path. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.infer<Schema> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const where = issue === undefined || issue.path.length === 0 ? 'input' : issue.path.join('.')
  throw new ApiError(400, 'VALIDATION_ERROR', `${where}: ${issue?.message ?? 'invalid'}`)
}
