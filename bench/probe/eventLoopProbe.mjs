// Preloaded (`node --import`) into every server the benchmark starts, ours and the peers alike, so event-loop
// delay and memory are measured the same way in all three. On SIGUSR2 it writes one JSON line with the delay
// percentiles since the previous dump, CPU time and memory (after a full GC when --expose-gc is on) to
// BENCH_PROBE_FILE, then resets the histogram. SIGUSR2 leaves SIGTERM to the server's own shutdown.
// The histogram records whole timer intervals, so the 10 ms resolution is taken off: 0 means no delay.
import { appendFileSync } from 'node:fs'
import { monitorEventLoopDelay } from 'node:perf_hooks'

const file = process.env.BENCH_PROBE_FILE
if (file) {
  const resolutionMs = 10
  const histogram = monitorEventLoopDelay({ resolution: resolutionMs })
  histogram.enable()
  let seq = 0
  process.on('SIGUSR2', () => {
    const ms = (ns) => (Number.isFinite(ns) ? Math.max(0, ns / 1e6 - resolutionMs) : 0)
    const delay = {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
    }
    histogram.reset()
    const cpu = process.cpuUsage()
    if (typeof globalThis.gc === 'function') globalThis.gc()
    const memory = process.memoryUsage()
    seq += 1
    const sample = {
      seq,
      delay,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      heapUsed: memory.heapUsed,
      rss: memory.rss,
      external: memory.external,
    }
    appendFileSync(file, `${JSON.stringify(sample)}\n`)
  })
}
