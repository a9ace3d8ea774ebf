import { readFileSync } from 'node:fs'

const ticksPerSecond = 100

/** CPU time (user + system, seconds) a process has used so far, from /proc/<pid>/stat (Linux). */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Fields after the parenthesised command name; utime and stime are fields 14 and 15 of the whole line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond
}

/** Bytes a process has caused to be written to the block device so far, from /proc/<pid>/io. */
export function processWriteBytes(pid: number): number {
  const io = readFileSync(`/proc/${pid}/io`, 'utf8')
  const match = /^write_bytes:\s+(\d+)$/m.exec(io)
  return match?.[1] === undefined ? Number.NaN : Number(match[1])
}

/** Resident set size of a process in bytes, from /proc/<pid>/status. */
export function processRssBytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /VmRSS:\s+(\d+) kB/.exec(status)
  return match?.[1] === undefined ? Number.NaN : Number(match[1]) * 1024
}
