import type { TemplateAttrs } from './TemplateAttrs'
import type { TemplateBlock } from './TemplateBlock'

/** [S230] A living block from its type and attrs; null attrs are dropped as y-prosemirror drops them. */
export function templateBlockOf(type: string, attrs: Readonly<Record<string, unknown>>): TemplateBlock {
  const kept: Record<string, string | number | boolean> = {}
  for (const name of Object.keys(attrs).sort()) {
    const value = attrs[name]
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      kept[name] = value
  }
  const frozen: TemplateAttrs = kept
  return { type, attrs: frozen, key: `${type}${JSON.stringify(kept)}` }
}
