import BetterSqlite3 from 'better-sqlite3'

/**
 * `PRAGMA integrity_check` on a SQLite file: the list of problems SQLite reports (empty when it answers `ok`).
 * Opened read-only, so it neither recovers nor checkpoints the WAL the server left: it reads the file as the next
 * start will find it.
 */
export function sqliteIntegrityCheck(file: string): string[] {
  const database = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    const rows = database.pragma('integrity_check') as Array<{ integrity_check: string }>
    const problems = rows.map((row) => row.integrity_check)
    return problems.length === 1 && problems[0] === 'ok' ? [] : problems
  } finally {
    database.close()
  }
}
