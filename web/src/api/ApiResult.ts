/**
 * 接口结果: the server's answer or its error. `status` 0 means the server was not reached (offline, DNS, reset),
 * which callers treat as "try again later", unlike a 4xx which will fail the same way again.
 */
export type ApiResult<T> =
  { ok: true; value: T } | { ok: false; error: { status: number; code: string; message: string } }
