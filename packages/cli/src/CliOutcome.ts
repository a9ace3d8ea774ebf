/** What one CLI run prints and how it exits; `main.ts` writes it to the process. */
export interface CliOutcome {
  readonly stdout: string
  readonly stderr: string
  /** 0 success, 1 invalid scheme/answers/file, 2 usage error. */
  readonly exitCode: 0 | 1 | 2
}
