import { useCallback } from 'react'
import { useLanguage } from '../i18n/useLanguage'
import { documentStrings } from './documentStrings'

/**
 * Translation function for the document page's own strings, in the shell's current language. The
 * page keeps its bundle here rather than in the shell's `i18n/messages/` folder, which the shell owns.
 */
export function useDocumentStrings(): (key: string, vars?: Record<string, string | number>) => string {
  const [language] = useLanguage()
  return useCallback(
    (key: string, vars?: Record<string, string | number>) => {
      const template = documentStrings[language][key] ?? documentStrings['zh-CN'][key] ?? key
      return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
        vars?.[name] === undefined ? whole : String(vars[name]),
      )
    },
    [language],
  )
}
