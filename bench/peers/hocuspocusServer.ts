import { join } from 'node:path'
import { Database as DatabaseExtension } from '@hocuspocus/extension-database'
import { Server } from '@hocuspocus/server'
import BetterSqlite3 from 'better-sqlite3'

// The Hocuspocus peer as its own process. @hocuspocus/extension-sqlite needs the native `sqlite3` package, whose
// build this workspace does not allow, so this is the same thing written on @hocuspocus/extension-database with
// better-sqlite3: the whole document state is stored (debounced 2 s, at most every 10 s: Hocuspocus defaults)
// in one row per document, WAL with synchronous=FULL like ours. Unset BENCH_DATA_DIR runs it in memory.
const port = Number(process.env.PORT ?? 0)
const dataDir = process.env.BENCH_DATA_DIR
const database = dataDir === undefined ? undefined : new BetterSqlite3(join(dataDir, 'hocuspocus.sqlite'))
if (database !== undefined) {
  database.pragma('journal_mode = WAL')
  database.pragma('synchronous = FULL')
  database.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)')
}
const select = database?.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?')
const upsert = database?.prepare<[string, Buffer]>(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
)

const server = new Server({
  port,
  address: '127.0.0.1',
  quiet: true,
  extensions:
    database === undefined
      ? []
      : [
          new DatabaseExtension({
            fetch: ({ documentName }) => Promise.resolve(select?.get(documentName)?.data ?? null),
            store: ({ documentName, state }) => {
              upsert?.run(documentName, state)
              return Promise.resolve()
            },
          }),
        ],
  stopOnSignals: false,
})
// Server.listen() passes `address` where node:http expects `host` and so binds every interface: listen here.
await new Promise<void>((resolve) => server.httpServer.listen({ port, host: '127.0.0.1' }, resolve))
console.log(`listening ${server.address.port}`)

// destroy() stores every loaded document before it resolves, like our shutdown commits everything received.
let stopping = false
function stop(): void {
  if (stopping) return
  stopping = true
  server.destroy().then(
    () => {
      database?.close()
      process.exit(0)
    },
    () => process.exit(1),
  )
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
