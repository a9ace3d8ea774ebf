import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { startServer } from '../../server/src/startServer'
import { demoAccounts, demoBranchId } from '../fixtures/demoAccounts'
import { api, login } from './support/api'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/**
 * Starts the real server once for all specs: port 0 on 127.0.0.1, a fresh data directory, the demo
 * organisation, and the built web app from web/dist. Adds a second editor to the demo branch so two
 * different people can co-edit.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const webDistDir = path.join(repoRoot, 'web/dist')
  if (!existsSync(path.join(webDistDir, 'index.html')))
    throw new Error('web/dist is missing: run `pnpm build` first')
  const dataDir = mkdtempSync(path.join(tmpdir(), 'zhibu-e2e-'))
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: true,
    webDistDir,
    logLevel: 'warn',
  })
  const adminToken = await login(server.url, demoAccounts.admin)
  const { id } = await api<{ id: string }>(
    server.url,
    'POST',
    '/api/users',
    {
      username: demoAccounts.secondEditor.username,
      password: demoAccounts.secondEditor.password,
      displayName: demoAccounts.secondEditor.displayName,
    },
    adminToken,
  )
  await api(server.url, 'PUT', `/api/units/${demoBranchId}/roles/${id}`, { role: 'editor' }, adminToken)
  project.provide('baseUrl', server.url)
  return async () => {
    await server.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}
