import type * as Y from 'yjs'

/** How long the document must be quiet before it is re-indexed: typing re-indexes once per pause, not per key. */
export const documentIndexingDelayMs = 1_000

/**
 * Re-indexes a document for offline full-text search (全文检索) after every burst of changes, local or remote:
 * once when started, then `delayMs` after the last Y.Doc update. Stopping flushes a pending run so the last
 * edits before closing the document are searchable too. Returns the stop function.
 */
export function scheduleDocumentIndexing(
  doc: Y.Doc,
  readText: () => { title: string; text: string } | null,
  index: (title: string, text: string) => void,
  delayMs: number = documentIndexingDelayMs,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const run = (): void => {
    timer = undefined
    const content = readText()
    if (content !== null) index(content.title, content.text)
  }
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(run, delayMs)
  }
  schedule()
  doc.on('update', schedule)
  return () => {
    doc.off('update', schedule)
    if (timer === undefined) return
    clearTimeout(timer)
    run()
  }
}
