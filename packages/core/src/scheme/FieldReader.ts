import { parsePoints } from '../decimal/parsePoints'
import { millisToNumber } from '../decimal/millisToNumber'
import type { ProblemList } from './ProblemList'

type Path = readonly (string | number)[]

/** Reads typed fields from one untrusted JSON object, reporting each bad field at its path under `prefix`. */
export class FieldReader {
  constructor(
    readonly record: Readonly<Record<string, unknown>>,
    readonly path: Path,
    readonly list: ProblemList,
    readonly prefix: 'scheme' | 'answers',
  ) {}

  static isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
  }

  /** Warns about fields this format does not define, so typos are visible but newer files still load. */
  allowOnly(keys: readonly string[]): void {
    for (const key of Object.keys(this.record)) {
      if (!keys.includes(key))
        this.list.warn(
          `${this.prefix}.unknown-field`,
          [...this.path, key],
          `unknown field "${key}" is ignored`,
        )
    }
  }

  has(key: string): boolean {
    return this.record[key] !== undefined
  }

  string(key: string): string | undefined {
    const value = this.record[key]
    if (value === undefined) {
      this.list.error(`${this.prefix}.missing-field`, [...this.path, key], `"${key}" is required`)
      return undefined
    }
    if (typeof value !== 'string' || value.trim() === '') {
      this.list.error(`${this.prefix}.wrong-type`, [...this.path, key], `"${key}" must be a non-empty string`)
      return undefined
    }
    return value
  }

  optionalString(key: string): string | undefined {
    return this.has(key) ? this.string(key) : undefined
  }

  boolean(key: string): boolean | undefined {
    const value = this.record[key]
    if (typeof value !== 'boolean') {
      this.list.error(
        value === undefined ? `${this.prefix}.missing-field` : `${this.prefix}.wrong-type`,
        [...this.path, key],
        `"${key}" must be true or false`,
      )
      return undefined
    }
    return value
  }

  optionalBoolean(key: string): boolean | undefined {
    return this.has(key) ? this.boolean(key) : undefined
  }

  oneOf<T extends string>(
    key: string,
    allowed: readonly T[],
    code = `${this.prefix}.wrong-type`,
  ): T | undefined {
    const value = this.record[key]
    if (value === undefined) {
      this.list.error(
        `${this.prefix}.missing-field`,
        [...this.path, key],
        `"${key}" is required (one of ${allowed.join(', ')})`,
      )
      return undefined
    }
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
      this.list.error(
        code,
        [...this.path, key],
        `"${key}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}`,
      )
      return undefined
    }
    return value as T
  }

  /** Exact decimal points (≤ 3 places) as a number; negative values are an error unless allowed. */
  points(key: string, options: { readonly allowNegative?: boolean } = {}): number | undefined {
    const value = this.record[key]
    if (value === undefined) {
      this.list.error(`${this.prefix}.missing-field`, [...this.path, key], `"${key}" is required`)
      return undefined
    }
    const parsed = parsePoints(value)
    if (!parsed.ok) {
      this.list.error(
        parsed.code,
        [...this.path, key],
        `"${key}" is not an exact amount of points (${parsed.code}): ${JSON.stringify(value)}`,
      )
      return undefined
    }
    if (parsed.value < 0 && options.allowNegative !== true) {
      this.list.error(`${this.prefix}.negative-points`, [...this.path, key], `"${key}" must not be negative`)
      return undefined
    }
    return millisToNumber(parsed.value)
  }

  optionalPoints(key: string): number | undefined {
    return this.has(key) ? this.points(key) : undefined
  }

  positiveInteger(key: string): number | undefined {
    const value = this.record[key]
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.list.error(
        value === undefined ? `${this.prefix}.missing-field` : `${this.prefix}.wrong-type`,
        [...this.path, key],
        `"${key}" must be a positive whole number`,
      )
      return undefined
    }
    return value
  }

  /** An array field; each element is handed to `read` with its path. */
  array<T>(
    key: string,
    read: (element: unknown, path: Path) => T | undefined,
    options: { readonly optional?: boolean } = {},
  ): T[] {
    const value = this.record[key]
    if (value === undefined && options.optional === true) return []
    if (!Array.isArray(value)) {
      this.list.error(
        value === undefined ? `${this.prefix}.missing-field` : `${this.prefix}.wrong-type`,
        [...this.path, key],
        `"${key}" must be a list`,
      )
      return []
    }
    const results: T[] = []
    value.forEach((element: unknown, index) => {
      const result = read(element, [...this.path, key, index])
      if (result !== undefined) results.push(result)
    })
    return results
  }

  child(key: string): FieldReader | undefined {
    const value = this.record[key]
    if (!FieldReader.isRecord(value)) {
      this.list.error(
        value === undefined ? `${this.prefix}.missing-field` : `${this.prefix}.not-object`,
        [...this.path, key],
        `"${key}" must be an object`,
      )
      return undefined
    }
    return new FieldReader(value, [...this.path, key], this.list, this.prefix)
  }
}
