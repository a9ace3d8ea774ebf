import { percentile } from './percentile'

/** Median of repeated runs with their spread (min–max), ignoring NaN (rejected runs); ∞ (never arrived) counts. */
export interface Summary {
  median: number
  min: number
  max: number
  runs: number
}

export function summarize(values: readonly number[]): Summary {
  const kept = values.filter((value) => !Number.isNaN(value))
  if (kept.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN, runs: 0 }
  return { median: percentile(kept, 50), min: Math.min(...kept), max: Math.max(...kept), runs: kept.length }
}
