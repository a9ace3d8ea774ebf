import { readFileSync } from 'node:fs'

/** Resident set size of a process in MiB, read from /proc (Linux). */
export function processRss(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmRSS:\s+(\d+) kB/.exec(status)
  return match?.[1] ? Number(match[1]) / 1024 : Number.NaN
}
