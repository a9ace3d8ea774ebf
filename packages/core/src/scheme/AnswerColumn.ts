import type { ItemAnswer } from './ItemAnswer'

/** 一栏答卷 — one column of answers (自查 or 考核), keyed by scheme item id. */
export type AnswerColumn = Readonly<Record<string, ItemAnswer>>
