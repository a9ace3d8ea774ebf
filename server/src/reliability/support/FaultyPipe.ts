import type { FaultPlan } from './FaultPlan'
import type { SeededRandom } from '../../testing/SeededRandom'

/** What a pipe did to a frame, for the run's history. */
export type PipeFault = 'drop' | 'duplicate' | 'reorder'

/**
 * One direction of a proxied link. Each frame is delivered, dropped, duplicated, or held back so a later frame
 * overtakes it, as the plan and this link's own random stream decide.
 */
export class FaultyPipe {
  private held: { data: Buffer; timer: NodeJS.Timeout } | undefined
  private closed = false
  frames = 0

  constructor(
    private readonly deliver: (data: Buffer) => void,
    private readonly random: SeededRandom,
    private readonly plan: () => FaultPlan,
    private readonly onFault: (fault: PipeFault, frame: number) => void,
  ) {}

  push(data: Buffer): void {
    if (this.closed) return
    const frame = ++this.frames
    const plan = this.plan()
    if (this.random.chance(plan.drop)) {
      this.onFault('drop', frame)
      return
    }
    if (this.random.chance(plan.duplicate)) {
      this.onFault('duplicate', frame)
      const delay = this.random.int(plan.delayMs + 1)
      setTimeout(() => this.send(data), delay).unref()
    }
    if (this.held === undefined && this.random.chance(plan.reorder)) {
      this.onFault('reorder', frame)
      const timer = setTimeout(() => this.release(), this.random.int(plan.delayMs + 1))
      timer.unref()
      this.held = { data, timer }
      return
    }
    this.send(data)
    this.release()
  }

  /** Stops delivering; a held frame is lost with the link. */
  close(): void {
    this.closed = true
    if (this.held !== undefined) clearTimeout(this.held.timer)
    this.held = undefined
  }

  private release(): void {
    const held = this.held
    if (held === undefined) return
    this.held = undefined
    clearTimeout(held.timer)
    this.send(held.data)
  }

  private send(data: Buffer): void {
    if (!this.closed) this.deliver(data)
  }
}
