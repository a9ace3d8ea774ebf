export { ChecklistBlock } from './checklistBlock'
export type { ChecklistBlockAttributes, ChecklistBlockOptions } from './checklistBlock'
export { ChecklistBlockView } from './ChecklistBlockView'
export { writeChecklistAnswer } from './writeChecklistAnswer'
