import type { Language } from './Language'

/**
 * 文案包: one feature's strings in every language. Each file in `messages/` exports one bundle and is merged
 * by `allMessages`, so another feature adds its keys by adding a file, never by editing a shared dictionary.
 */
export type MessageBundle = Record<Language, Record<string, string>>
