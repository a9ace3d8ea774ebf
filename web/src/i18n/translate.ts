import { allMessages } from './allMessages'
import type { Language } from './Language'

/**
 * Looks a key up in the language's strings, falling back to Chinese and then to the key itself (so a missing
 * string is visible, never blank), and fills `{name}` placeholders from `vars`.
 */
export function translate(language: Language, key: string, vars?: Record<string, string | number>): string {
  const template = allMessages[language][key] ?? allMessages['zh-CN'][key] ?? key
  if (vars === undefined) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name]
    return value === undefined ? whole : String(value)
  })
}
