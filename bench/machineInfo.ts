import { execFileSync } from 'node:child_process'
import { cpus, loadavg, release, totalmem } from 'node:os'

/** What the figures were measured on, recorded beside them. */
export interface MachineInfo {
  cpu: string
  cores: number
  memoryGiB: number
  kernel: string
  node: string
  loadAverageAtStart: number[]
}

/** Cores this process may use (call before pinning it). */
export function usableCores(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim())
  } catch {
    return cpus().length
  }
}

export function machineInfo(cores: number): MachineInfo {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    kernel: release(),
    node: process.version,
    loadAverageAtStart: loadavg().map((value) => Math.round(value * 100) / 100),
  }
}
