import * as Y from 'yjs'
import { loadTrace } from '../loadTrace'

/** Figure 1: Yjs alone, no server: the floor every server adds its cost to. */
export interface CalibrationRun {
  replayMs: number
  patches: number
  updateBytes: number
  loadMs: number
}

/** Replays the B4 trace (automerge-paper) into a Y.Text, checks the result, and times loading its encoding. */
export function runCalibration(): CalibrationRun {
  const trace = loadTrace('automerge-paper')
  const doc = new Y.Doc()
  const text = doc.getText('bench')
  let patches = 0
  const started = performance.now()
  for (const txn of trace.txns) {
    for (const [position, deleteCount, insert] of txn.patches) {
      if (deleteCount > 0) text.delete(position, deleteCount)
      if (insert.length > 0) text.insert(position, insert)
      patches += 1
    }
  }
  const replayMs = performance.now() - started
  if (text.toJSON() !== trace.endContent) throw new Error('B4 replay does not match endContent')
  const update = Y.encodeStateAsUpdate(doc)
  const loadStarted = performance.now()
  const copy = new Y.Doc()
  Y.applyUpdate(copy, update)
  const loadMs = performance.now() - loadStarted
  if (copy.getText('bench').length !== text.length) throw new Error('B4 copy differs')
  return { replayMs, patches, updateBytes: update.byteLength, loadMs }
}
