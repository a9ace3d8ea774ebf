/** 检索倒排项: how often a term occurs in one document, and whether it occurs in the title. */
export interface SearchPosting {
  term: string
  docId: string
  count: number
  inTitle: boolean
}
