import { api } from './api'

/** What `GET /api/docs/:id/score` says about the final column: the server's own computation. */
export interface ServerScore {
  total: string
  grade: string
  passed: boolean
  vetoes: string[]
}

export async function scoreOf(baseUrl: string, token: string, docId: string): Promise<ServerScore> {
  const score = await api<{
    final: { totalText: string; passed: boolean; grade: { label: string }; vetoes: { title: string }[] }
  }>(baseUrl, 'GET', `/api/docs/${docId}/score`, undefined, token)
  return {
    total: score.final.totalText,
    grade: score.final.grade.label,
    passed: score.final.passed,
    vetoes: score.final.vetoes.map((veto) => veto.title),
  }
}
