/** 检索结果: a matching document and its relevance (higher first). */
export interface SearchHit {
  docId: string
  score: number
}
