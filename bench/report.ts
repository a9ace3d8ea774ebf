import { summarize, type Summary } from './stats'
import type { TargetName } from './serverTargets'

/** One line of the side-by-side table. */
export interface Row {
  figure: string
  metric: string
  unit: string
  /** Whether a smaller number is the better one (latency, CPU, memory) or a larger one (throughput). */
  lowerIsBetter: boolean
  values: Partial<Record<TargetName, Summary>>
  /** A reference beside the three servers: Yjs alone, a single node… */
  reference?: { label: string; value: Summary }
  note?: string
}

/** A row from per-run values (NaN for rejected or failed runs). */
export function row(
  figure: string,
  metric: string,
  unit: string,
  lowerIsBetter: boolean,
  runs: Partial<Record<TargetName, number[]>>,
  extra: Pick<Row, 'reference' | 'note'> = {},
): Row {
  const values: Partial<Record<TargetName, Summary>> = {}
  for (const [name, list] of Object.entries(runs) as [TargetName, number[]][]) values[name] = summarize(list)
  return { figure, metric, unit, lowerIsBetter, values, ...extra }
}

/** Ours divided by the better of the two peers (below 1 is better for lower-is-better figures). */
export function ratio(entry: Row): number {
  const ours = entry.values.zhibu?.median
  const peers = (['y-websocket-server', 'hocuspocus'] as const)
    .map((name) => entry.values[name]?.median)
    .filter((value): value is number => value !== undefined && Number.isFinite(value))
  if (ours === undefined || !Number.isFinite(ours) || peers.length === 0) return Number.NaN
  const best = entry.lowerIsBetter ? Math.min(...peers) : Math.max(...peers)
  return best === 0 ? Number.NaN : ours / best
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '—'
  if (!Number.isFinite(value)) return '∞'
  const magnitude = Math.abs(value)
  if (magnitude >= 100) return value.toFixed(0)
  if (magnitude >= 10) return value.toFixed(1)
  return value.toFixed(2)
}

function formatSummary(summary: Summary | undefined): string {
  if (summary === undefined) return 'n/a'
  if (summary.runs === 0) return '✗'
  if (summary.runs === 1 || summary.min === summary.max) return formatNumber(summary.median)
  return `${formatNumber(summary.median)} (${formatNumber(summary.min)}–${formatNumber(summary.max)})`
}

const columns = [
  'figure',
  'metric',
  'zhibu',
  'y-websocket-server',
  'hocuspocus',
  'ours/best peer',
  'reference',
]

function cells(entry: Row): string[] {
  const value = ratio(entry)
  return [
    entry.figure,
    `${entry.metric} (${entry.unit})`,
    formatSummary(entry.values.zhibu),
    formatSummary(entry.values['y-websocket-server']),
    formatSummary(entry.values.hocuspocus),
    Number.isNaN(value) ? '—' : `${value.toFixed(2)}${entry.lowerIsBetter ? '' : ' ↑'}`,
    entry.reference === undefined ? '' : `${entry.reference.label}: ${formatSummary(entry.reference.value)}`,
  ]
}

/** Plain-text table for the terminal. */
export function textTable(rows: readonly Row[]): string {
  const table = [columns, ...rows.map(cells)]
  const widths = columns.map((_, index) => Math.max(...table.map((line) => [...(line[index] ?? '')].length)))
  return table
    .map((line) => line.map((cell, index) => cell + ' '.repeat(widths[index]! - [...cell].length)).join('  '))
    .join('\n')
}

/** Markdown table for bench/results/latest.md and the README. */
export function markdownTable(rows: readonly Row[]): string {
  const lines = [`| ${columns.join(' | ')} |`, `|${columns.map(() => '---').join('|')}|`]
  for (const entry of rows) lines.push(`| ${cells(entry).join(' | ')} |`)
  return lines.join('\n')
}
