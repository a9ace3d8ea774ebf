/** Expected failures are values with a stable code; `detail` carries data the caller may need (e.g. the existing row). */
export type Result<T, Code extends string, Detail = undefined> =
  { ok: true; value: T } | { ok: false; code: Code; detail: Detail }
