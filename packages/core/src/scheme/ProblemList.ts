import type { Problem } from './Problem'

/** Collects problems while a validator walks its input; `hasErrors` decides the Checked result. */
export class ProblemList {
  readonly problems: Problem[] = []

  error(code: string, path: readonly (string | number)[], message: string): void {
    this.problems.push({ code, path: [...path], message, severity: 'error' })
  }

  warn(code: string, path: readonly (string | number)[], message: string): void {
    this.problems.push({ code, path: [...path], message, severity: 'warning' })
  }

  get hasErrors(): boolean {
    return this.problems.some((problem) => problem.severity === 'error')
  }
}
