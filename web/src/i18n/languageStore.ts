import type { Language } from './Language'

const storageKey = 'zhibu.lang'
const listeners = new Set<() => void>()

function readStoredLanguage(): Language {
  // localStorage can throw in private modes or sandboxed frames; the default language is always safe.
  try {
    return globalThis.localStorage?.getItem(storageKey) === 'en' ? 'en' : 'zh-CN'
  } catch {
    return 'zh-CN'
  }
}

let current: Language = readStoredLanguage()

/** The language store shared by every `useT` hook: one value, persisted in `localStorage['zhibu.lang']`. */
export const languageStore = {
  get: (): Language => current,
  set: (language: Language): void => {
    current = language
    try {
      globalThis.localStorage?.setItem(storageKey, language)
    } catch {
      // Not persisted, but the switch still applies to this session.
    }
    for (const listener of listeners) listener()
  },
  /** Re-reads localStorage (another tab switched the language, or a test changed it). */
  reload: (): void => {
    current = readStoredLanguage()
    for (const listener of listeners) listener()
  },
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener)
    return () => listeners.delete(listener)
  },
}

// Another tab of the app switched the language: follow it.
globalThis.addEventListener?.('storage', (event: StorageEvent) => {
  if (event.key === storageKey) languageStore.reload()
})
