import type { Attribute } from '@tiptap/core'

/**
 * A node attribute that round-trips through `data-<name>` in HTML (copy/paste, export), as STYLE.md §4
 * asks. Empty and absent values both read back as the default, so a null never turns into "null".
 */
export function dataAttribute(name: string, defaultValue: string | null): Attribute {
  const htmlName = `data-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`
  return {
    default: defaultValue,
    parseHTML: (element) => {
      const value = element.getAttribute(htmlName)
      return value === null || value === '' ? defaultValue : value
    },
    renderHTML: (attributes) => {
      const value: unknown = attributes[name]
      return typeof value === 'string' && value !== '' ? { [htmlName]: value } : {}
    },
  }
}
