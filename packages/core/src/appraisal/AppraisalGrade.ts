/** 评议等次: excellent 优秀, qualified 合格, basicallyQualified 基本合格, unqualified 不合格. */
export type AppraisalGrade = 'excellent' | 'qualified' | 'basicallyQualified' | 'unqualified'
