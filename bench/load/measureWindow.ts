import type { ProbeSample, ServerHandle } from '../serverTargets'

/** Server and generator figures over one measuring window. */
export interface WindowFigures {
  seconds: number
  serverCpuSeconds: number
  serverWriteBytes: number
  /** Undefined when the server did not answer the probe (too far behind). */
  probe: ProbeSample | undefined
  loopDelayP99: number
  /** Share of one core the load generator used (above 0.9 the run is rejected: it measured the generator). */
  generatorCpu: number
}

/** Starts a window: resets the server's event-loop histogram; `end()` returns what happened since. */
export async function measureWindow(
  server: ServerHandle,
): Promise<{ end: (stopLoad?: () => void) => Promise<WindowFigures> }> {
  // Resets the histogram; a server already far behind may not answer in time, and its window then has no loop figure.
  const reset = await server.probe(10_000).catch(() => undefined)
  const started = performance.now()
  const cpu = server.cpuSeconds()
  const written = server.writeBytes()
  const generator = process.cpuUsage()
  return {
    /** Ends the window; `stopLoad` runs before the probe, which a saturated server answers only once idle. */
    async end(stopLoad: () => void = () => undefined) {
      const seconds = (performance.now() - started) / 1000
      const generatorUsed = process.cpuUsage(generator)
      const serverCpuSeconds = server.cpuSeconds() - cpu
      const serverWriteBytes = server.writeBytes() - written
      stopLoad()
      const probe = reset === undefined ? undefined : await server.probe(60_000).catch(() => undefined)
      return {
        loopDelayP99: probe?.delay.p99 ?? Number.NaN,
        seconds,
        serverCpuSeconds,
        serverWriteBytes,
        probe,
        generatorCpu: (generatorUsed.user + generatorUsed.system) / 1e6 / seconds,
      }
    },
  }
}

/** Above this share of its core the generator, not the server, sets the pace: such runs are rejected. */
export const generatorSaturation = 0.9
