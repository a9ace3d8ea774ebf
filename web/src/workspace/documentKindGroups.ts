/** 文档分组: the document list's sections, in display order, with the template kinds each one gathers. */
export const documentKindGroups: readonly { key: string; kinds: readonly string[] }[] = [
  { key: 'minutes', kinds: ['minutes'] },
  { key: 'tasks', kinds: ['tasks'] },
  { key: 'problems', kinds: ['problems'] },
  { key: 'rectification', kinds: ['rectification'] },
  { key: 'appraisal', kinds: ['appraisal'] },
  { key: 'certification', kinds: ['certification', 'starRating'] },
]
