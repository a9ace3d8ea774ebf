import { createServer } from 'node:net'

/**
 * A free TCP port on 127.0.0.1: bound on port 0 by the kernel, then released for a child process to take. For
 * processes that must come back on the same port (a restarted node its clients reconnect to, redis-server).
 */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}
