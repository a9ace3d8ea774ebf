import { existsSync } from 'node:fs'
import type { FastifyError, FastifyInstance } from 'fastify'
import type { Logger } from 'pino'
import { ApiError } from './ApiError'

const buildMissingPage = `<!doctype html><meta charset="utf-8"><title>支部协同文档 Zhibu</title>
<p>The web app is not built yet. Run <code>npx -y pnpm@12.21.0 build</code> (or <code>pnpm start</code>, which builds first) and reload.</p>`

function errorBody(code: string, message: string): { error: { code: string; message: string } } {
  return { error: { code, message } }
}

/** Every error as `{ error: { code, message } }`; unknown /api routes are JSON 404s; other paths fall back to the SPA. */
export function registerErrorHandling(
  app: FastifyInstance,
  logger: Logger,
  webDistDir: string | undefined,
): void {
  app.setErrorHandler((error: FastifyError | ApiError, request, reply) => {
    if (error instanceof ApiError) {
      return reply.code(error.status).headers(error.headers).send(errorBody(error.code, error.message))
    }
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      return reply.code(413).send(errorBody('PAYLOAD_TOO_LARGE', 'request body too large'))
    }
    if (error.statusCode === 429) {
      return reply.code(429).send(errorBody('RATE_LIMITED', error.message))
    }
    if (error.statusCode === 415) {
      return reply.code(415).send(errorBody('UNSUPPORTED_MEDIA_TYPE', 'send application/json'))
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(400).send(errorBody('BAD_REQUEST', error.message))
    }
    logger.error({ err: error, url: request.url }, 'request failed')
    return reply.code(500).send(errorBody('INTERNAL', 'internal error'))
  })

  const hasWeb = webDistDir !== undefined && existsSync(`${webDistDir}/index.html`)
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? ''
    if (
      path === '/api' ||
      path.startsWith('/api/') ||
      path.startsWith('/sync/') ||
      request.method !== 'GET'
    ) {
      return reply.code(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${path}`))
    }
    if (hasWeb) return reply.sendFile('index.html')
    return reply.code(200).type('text/html; charset=utf-8').send(buildMissingPage)
  })
}
