import type { TemplateAttrs } from './TemplateAttrs'

/** 模板区块: one living block at the top level of a template body, with its binding attrs. */
export interface TemplateBlock {
  readonly type: string
  /** Non-null attrs only, so a block read back from a Y.Doc compares equal to the template's. */
  readonly attrs: TemplateAttrs
  /** Identity for matching: the type and its binding attrs. */
  readonly key: string
}
