import type { TemplateDiffChange } from '../../api/DocumentExtrasApi'

type Translate = (key: string, vars?: Record<string, string | number>) => string

/** One line of the diff dialog, in the user's language: what changed and, where known, from what to what. */
export function describeTemplateChange(change: TemplateDiffChange, t: Translate): string {
  const subject = change.subject === undefined ? '' : t(`templateUpdate.subject.${change.subject}`)
  const name = subject === '' ? change.title : t('templateUpdate.named', { subject, title: change.title })
  switch (change.kind) {
    case 'added':
      return name
    case 'removed':
      return change.subject === 'item' ? t('templateUpdate.removedItem', { name }) : name
    case 'repointed':
      return change.from !== undefined && change.to !== undefined
        ? t('templateUpdate.fromTo', { name, from: change.from, to: change.to })
        : name
    case 'textChanged': {
      const field = change.field === undefined ? '' : t(`templateUpdate.field.${change.field}`)
      const label = field === '' ? name : `${name}${field}`
      return change.from !== undefined && change.to !== undefined
        ? t('templateUpdate.fromTo', { name: label, from: change.from, to: change.to })
        : label
    }
  }
}
