import { useCallback } from 'react'
import { translate } from './translate'
import { useLanguage } from './useLanguage'

/** Translation function for the current language: `t('login.submit')`, `t('docs.count', { count: 3 })`. */
export function useT(): (key: string, vars?: Record<string, string | number>) => string {
  const [language] = useLanguage()
  return useCallback(
    (key: string, vars?: Record<string, string | number>) => translate(language, key, vars),
    [language],
  )
}
