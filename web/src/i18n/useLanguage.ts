import { useSyncExternalStore } from 'react'
import type { Language } from './Language'
import { languageStore } from './languageStore'

/** The current UI language and a setter that persists it and re-renders every translated component. */
export function useLanguage(): [Language, (language: Language) => void] {
  const language = useSyncExternalStore(languageStore.subscribe, languageStore.get, languageStore.get)
  return [language, languageStore.set]
}
