import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../api')

/**
 * Every route the server registers (`app.get('/api/…'` and friends in server/src/api), read from the sources so a
 * route added later is fuzzed without anyone remembering to list it here.
 */
export function apiRoutes(): Array<readonly [method: string, path: string]> {
  const routes = new Set<string>()
  for (const file of readdirSync(apiDir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue
    const source = readFileSync(path.join(apiDir, file), 'utf8')
    for (const match of source.matchAll(/\bapp\.(get|post|put|delete|patch)\(\s*'([^']+)'/g)) {
      routes.add(`${match[1]!.toUpperCase()} ${match[2]!}`)
    }
  }
  return [...routes].sort().map((route) => {
    const [method, routePath] = route.split(' ') as [string, string]
    return [method, routePath] as const
  })
}
