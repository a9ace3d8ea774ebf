/** An expected API failure: answered as `{ error: { code, message } }` with `status`. */
export class ApiError extends Error {
  override readonly name = 'ApiError'

  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 503,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}
