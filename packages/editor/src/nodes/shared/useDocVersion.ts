import { useEffect, useState } from 'react'
import type * as Y from 'yjs'

/**
 * A number that changes after every update of the given Y.Docs (the content room and, optionally, the
 * review room), local or remote, so a view recomputes its derived data (scores, validity) from the docs
 * on each change and every replica shows the same.
 */
export function useDocVersion(doc: Y.Doc | null, otherDoc: Y.Doc | null = null): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = (): void => setVersion((previous) => previous + 1)
    const present = [doc, otherDoc].filter((candidate): candidate is Y.Doc => candidate !== null)
    for (const candidate of present) candidate.on('update', bump)
    return () => {
      for (const candidate of present) candidate.off('update', bump)
    }
  }, [doc, otherDoc])
  return version
}
