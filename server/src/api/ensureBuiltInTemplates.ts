import { builtInTemplates } from '@zhibu/core'
import type { Store } from '../storage/Store'

const ensured = new WeakMap<Store, Promise<void>>()

/**
 * Makes sure every built-in template's code version is stored as a published version, once per store and
 * process (inserting is a no-op when the row exists, so several nodes may race harmlessly).
 */
export function ensureBuiltInTemplates(store: Store): Promise<void> {
  let pending = ensured.get(store)
  if (pending === undefined) {
    pending = store.templates.ensureBuiltIns(builtInTemplates, new Date().toISOString())
    // A failed attempt (store down) is retried by the next request instead of being remembered.
    pending.catch(() => ensured.delete(store))
    ensured.set(store, pending)
  }
  return pending
}
