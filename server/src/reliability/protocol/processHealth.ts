import { readFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

setFlagsFromString('--expose-gc')
// A gc() from a fresh context exposes V8's collector without starting Node with --expose-gc.
const collect = runInNewContext('gc') as () => void

/** Heap and RSS after a full collection, in MiB. */
export interface MemoryFigures {
  heapMiB: number
  rssMiB: number
}

export function settledMemory(): MemoryFigures {
  collect()
  collect()
  const usage = process.memoryUsage()
  return { heapMiB: usage.heapUsed / 2 ** 20, rssMiB: usage.rss / 2 ** 20 }
}

/** Event-loop stalls seen while watching, in milliseconds. */
export interface StallFigures {
  /** Longest delay of a 10 ms timer, as perf_hooks measures it (includes waiting for a CPU). */
  maxMs: number
  p99Ms: number
  /**
   * Longest delay of a 10 ms timer minus the time this thread spent runnable but waiting for a CPU
   * (/proc/thread-self/schedstat): the stall the process caused itself, by computing or by blocking I/O,
   * without the share other processes on a loaded 2-core machine take.
   */
  ownMaxMs: number
}

/** Nanoseconds this thread has waited on the run queue, or undefined where Linux schedstat is unavailable. */
function runQueueWaitNs(): number | undefined {
  try {
    const fields = readFileSync('/proc/thread-self/schedstat', 'utf8').trim().split(/\s+/)
    return Number(fields[1])
  } catch {
    return undefined
  }
}

/** Watches this process (server and test clients share it) for event-loop stalls. */
export function watchEventLoop(): { stop(): StallFigures } {
  const histogram = monitorEventLoopDelay({ resolution: 10 })
  histogram.enable()
  const intervalMs = 10
  let ownMaxMs = 0
  let lastAt = performance.now()
  let lastWait = runQueueWaitNs()
  const ticker = setInterval(() => {
    const now = performance.now()
    const wait = runQueueWaitNs()
    const waitedMs = wait === undefined || lastWait === undefined ? 0 : (wait - lastWait) / 1e6
    ownMaxMs = Math.max(ownMaxMs, now - lastAt - intervalMs - waitedMs)
    lastAt = now
    lastWait = wait
  }, intervalMs)
  return {
    stop() {
      clearInterval(ticker)
      histogram.disable()
      return { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6, ownMaxMs }
    },
  }
}
