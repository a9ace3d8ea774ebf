import { Redis } from 'ioredis'
import * as decoding from 'lib0/decoding'

/** One fan-out message as seen on the wire: its kind code (0 update, 1 awareness, 2 head), origin node and seq. */
export interface RecordedFanout {
  kind: number
  origin: string
  seq: number
}

/**
 * Listens on a room's Redis channel like a third party and records every fan-out message, so a test can count
 * publishes per update (exactly one each, no echoes) without trusting the nodes' own bookkeeping.
 */
export class RoomChannelRecorder {
  readonly messages: RecordedFanout[] = []

  private constructor(private readonly redis: Redis) {}

  static async start(redisUrl: string, prefix: string, room: string): Promise<RoomChannelRecorder> {
    const redis = new Redis(redisUrl)
    const recorder = new RoomChannelRecorder(redis)
    redis.on('messageBuffer', (_channel: Buffer, payload: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(payload))
      const kind = decoding.readVarUint(decoder)
      const origin = decoding.readVarString(decoder)
      decoding.readVarString(decoder)
      recorder.messages.push({ kind, origin, seq: decoding.readVarUint(decoder) })
    })
    await redis.subscribe(`${prefix}room:${room}`)
    return recorder
  }

  /** Seqs of the update messages, in arrival order. */
  get updateSeqs(): number[] {
    return this.messages.filter((message) => message.kind === 0).map((message) => message.seq)
  }

  async stop(): Promise<void> {
    await this.redis.quit()
  }
}
