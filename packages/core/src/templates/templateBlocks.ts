import type { TemplateBlock } from './TemplateBlock'
import { templateBlockOf } from './templateBlockOf'
import { templateBlockTypes } from './templateBlockTypes'
import type { TemplateNode } from './TemplateNode'

/** [S230] The living blocks at the top level of a template body, in body order. */
export function templateBlocks(body: readonly TemplateNode[]): TemplateBlock[] {
  return body
    .filter((node) => templateBlockTypes.has(node.type))
    .map((node) => templateBlockOf(node.type, node.attrs ?? {}))
}
