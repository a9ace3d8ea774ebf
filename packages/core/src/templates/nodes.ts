import type { TemplateMark } from './TemplateMark'
import type { TemplateNode } from './TemplateNode'

/** Small constructors that keep the template data readable; they build plain ProseMirror JSON. */
export const nodes = {
  heading: (level: number, text: string): TemplateNode => ({
    type: 'heading',
    attrs: { level },
    content: [{ type: 'text', text }],
  }),
  paragraph: (...content: TemplateNode[]): TemplateNode =>
    content.length === 0 ? { type: 'paragraph' } : { type: 'paragraph', content },
  text: (text: string, marks?: readonly TemplateMark[]): TemplateNode =>
    marks === undefined ? { type: 'text', text } : { type: 'text', text, marks },
  bold: (text: string): TemplateNode => ({ type: 'text', text, marks: [{ type: 'bold' }] }),
  bulletList: (...items: string[]): TemplateNode => ({
    type: 'bulletList',
    // ProseMirror forbids empty text nodes, so a blank item is an empty paragraph.
    content: items.map((item) => ({
      type: 'listItem',
      content: [
        item === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text: item }] },
      ],
    })),
  }),
  meetingHeader: (): TemplateNode => ({ type: 'meetingHeader' }),
  ledgerBlock: (ledgerKind: 'tasks' | 'problems' | 'rectification'): TemplateNode => ({
    type: 'ledgerBlock',
    attrs: { ledgerKind },
  }),
  appraisalBlock: (): TemplateNode => ({ type: 'appraisalBlock' }),
  checklistBlock: (schemeId: string, moduleId: string): TemplateNode => ({
    type: 'checklistBlock',
    attrs: { schemeId, moduleId },
  }),
  scoreSummary: (schemeId: string): TemplateNode => ({ type: 'scoreSummary', attrs: { schemeId } }),
}
