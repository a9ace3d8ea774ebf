import type { FastifyInstance } from 'fastify'
import type { Store } from '../storage/Store'
import type { RoomManager } from '../sync/RoomManager'

/** Liveness with store status, and readiness (false while starting or shutting down, or when the store is down). */
export function registerHealthRoutes(
  app: FastifyInstance,
  store: Store,
  rooms: RoomManager,
  isReady: () => boolean,
): void {
  app.get('/healthz', async (_request, reply) => {
    const storeUp = await store.ping()
    return reply.code(storeUp ? 200 : 503).send({
      status: storeUp ? 'ok' : 'degraded',
      store: { kind: store.flavour, status: storeUp ? 'up' : 'down' },
      rooms: rooms.loadedRoomNames.length,
      connections: rooms.connectionCount,
    })
  })

  app.get('/readyz', async (_request, reply) => {
    const ready = isReady() && (await store.ping())
    return reply.code(ready ? 200 : 503).send({ ready })
  })
}
