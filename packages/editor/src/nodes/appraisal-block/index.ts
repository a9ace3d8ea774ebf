export { AppraisalBlock } from './appraisalBlock'
export type { AppraisalBlockOptions } from './appraisalBlock'
export { AppraisalBlockView } from './AppraisalBlockView'
