import type { FastifyInstance } from 'fastify'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'

/**
 * Liveness with store (and Redis) status, and readiness: false while starting or shutting down, or when the store
 * or Redis is down.
 */
export function registerHealthRoutes(
  app: FastifyInstance,
  store: Store,
  rooms: RoomManager,
  isReady: () => boolean,
  redis?: { ping(): Promise<boolean> },
): void {
  app.get('/healthz', async (_request, reply) => {
    const storeUp = await store.ping()
    return reply.code(storeUp ? 200 : 503).send({
      status: storeUp ? 'ok' : 'degraded',
      store: { kind: store.flavour, status: storeUp ? 'up' : 'down' },
      rooms: rooms.loadedRoomNames.length,
      connections: rooms.connectionCount,
      ...(redis === undefined ? {} : { redis: { status: (await redis.ping()) ? 'up' : 'down' } }),
    })
  })

  app.get('/readyz', async (_request, reply) => {
    // A node without Redis would serve stale rooms to its clients, so it is not ready either.
    const ready = isReady() && (await store.ping()) && (redis === undefined || (await redis.ping()))
    return reply.code(ready ? 200 : 503).send({ ready })
  })
}
