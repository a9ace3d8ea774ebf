/** 整改类型: 立行立改 immediate, 限期整改 deadline, 长期坚持 longTerm. */
export type RectificationKind = 'immediate' | 'deadline' | 'longTerm'
