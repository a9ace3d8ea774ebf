import DOMPurify from 'dompurify'

// Markup that has no place in a Party document and that office suites and web pages like to paste along.
const forbiddenTags = [
  'style',
  'script',
  'iframe',
  'object',
  'embed',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta',
  'link',
  'base',
  'svg',
  'math',
]
const forbiddenAttributes = ['style', 'class', 'id']

/**
 * Cleans HTML from the clipboard (粘贴净化) before ProseMirror parses it: scripts, event handlers,
 * `javascript:` links, styles and embedded frames are removed. The editor's schema would drop most of
 * these anyway; sanitising first means no pasted markup is ever live in a DOM, even a detached one.
 */
export function sanitizePastedHtml(html: string): string {
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: forbiddenTags,
    FORBID_ATTR: forbiddenAttributes,
  })
}
