import type { Problem } from '@zhibu/core'

/** An expected CLI failure with a stable code, printed to stderr as `{ "error": { code, message, problems? } }`. */
export class CliFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly exitCode: 1 | 2 = 1,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message)
  }
}
