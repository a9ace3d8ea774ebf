import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'

/** One edit of a sequential editing trace: position, characters deleted, text inserted. */
export type TracePatch = readonly [position: number, deleteCount: number, insert: string]

/** A sequential editing trace from ../shared/traces (Joseph Gentle's editing-traces, CC BY 4.0). */
export interface SequentialTrace {
  startContent: string
  endContent: string
  txns: { patches: TracePatch[] }[]
}

const tracesDir = fileURLToPath(new URL('../../shared/traces/', import.meta.url))

/** Reads a gzipped sequential trace by name, e.g. `automerge-paper`. */
export function loadTrace(name: string): SequentialTrace {
  const raw = gunzipSync(readFileSync(`${tracesDir}${name}.json.gz`)).toString('utf8')
  return JSON.parse(raw) as SequentialTrace
}
