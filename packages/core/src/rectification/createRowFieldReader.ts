import type { CalendarDate } from '../meetings/CalendarDate'
import { dayNumberFromDate } from '../meetings/dayNumberFromDate'
import type { YDocIssue } from '../ydoc/YDocIssue'

/**
 * Typed access to a shared row's fields that records an issue for every missing or mistyped field.
 * Text fields default to '' and lists to [] because a fresh row is filled in gradually; required
 * choices (status, kind …) have no default, so a bad one makes the row invalid instead of guessed.
 */
export function createRowFieldReader(
  fields: Readonly<Record<string, unknown>>,
  path: string,
  issues: YDocIssue[],
) {
  const invalid = (key: string, message: string): void => {
    issues.push({
      code: fields[key] === undefined ? 'YDOC_FIELD_MISSING' : 'YDOC_FIELD_INVALID',
      path: `${path}.${key}`,
      message,
    })
  }
  return {
    text(key: string): string {
      const value = fields[key]
      if (value === undefined) return ''
      if (typeof value === 'string') return value
      invalid(key, `${key} 须为文本`)
      return ''
    },
    optionalText(key: string): string | undefined {
      const value = fields[key]
      if (value === undefined || value === '') return undefined
      if (typeof value === 'string') return value
      invalid(key, `${key} 须为文本`)
      return undefined
    },
    optionalDate(key: string): CalendarDate | undefined {
      const value = fields[key]
      if (value === undefined || value === '') return undefined
      if (typeof value === 'string' && dayNumberFromDate(value) !== undefined) return value
      invalid(key, `${key} 须为 YYYY-MM-DD 日期`)
      return undefined
    },
    count(key: string): number | undefined {
      const value = fields[key]
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value
      invalid(key, `${key} 须为非负整数`)
      return undefined
    },
    flag(key: string): boolean {
      const value = fields[key]
      if (value === undefined) return false
      if (typeof value === 'boolean') return value
      invalid(key, `${key} 须为 true 或 false`)
      return false
    },
    choice<T extends string>(key: string, allowed: readonly T[]): T | undefined {
      const value = fields[key]
      if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T
      invalid(key, `${key} 须为 ${allowed.join('/')} 之一`)
      return undefined
    },
    list<T>(key: string, isEntry: (entry: unknown) => entry is T): readonly T[] {
      const value = fields[key]
      if (value === undefined) return []
      if (Array.isArray(value) && value.every(isEntry)) return value
      invalid(key, `${key} 格式无效`)
      return []
    },
  }
}
