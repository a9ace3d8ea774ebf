import type { Language } from './Language'
import type { MessageBundle } from './MessageBundle'

// Every `messages/*.ts` file exports one MessageBundle; merging them here lets the document page (owned by
// another team) ship its own strings without editing the shell's dictionary.
const modules = import.meta.glob<Record<string, MessageBundle>>(
  ['./messages/*.ts', '!./messages/*.test.ts'],
  {
    eager: true,
  },
)

function merge(language: Language): Record<string, string> {
  const merged: Record<string, string> = {}
  for (const module of Object.values(modules)) {
    for (const bundle of Object.values(module)) Object.assign(merged, bundle[language])
  }
  return merged
}

/** All UI strings by language, merged from `messages/*.ts`. */
export const allMessages: Record<Language, Record<string, string>> = {
  'zh-CN': merge('zh-CN'),
  en: merge('en'),
}
