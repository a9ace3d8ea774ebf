import type { Store } from '../../storage/Store'

/** A store that records every call on its document content (`docs`) and document rows (`documents`). */
export interface RecordingStore extends Store {
  /** `docs.<method> <room>` and `documents.<method> <id>`, in call order. */
  readonly calls: string[]
}

/** Records each method call of `repo` as `<name>.<method> <first argument>`. */
function recorded<T extends object>(repo: T, name: string, calls: string[]): T {
  return new Proxy(repo, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      return (...args: unknown[]): unknown => {
        calls.push(`${name}.${String(property)} ${String(args[0])}`)
        return (value as (...rest: unknown[]) => unknown).apply(target, args)
      }
    },
  })
}

export function recordingStore(inner: Store): RecordingStore {
  const calls: string[] = []
  const docs = recorded(inner.docs, 'docs', calls)
  const documents = recorded(inner.documents, 'documents', calls)
  // A proxy, so repositories added to Store later pass through untouched.
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === 'calls') return calls
      if (property === 'docs') return docs
      if (property === 'documents') return documents
      const value: unknown = Reflect.get(target, property, receiver)
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value
    },
  }) as RecordingStore
}
