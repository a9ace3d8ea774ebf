/**
 * 考核构成: form 认证/星级表得分, meetingCompliance 三会一课落实率, rectificationClosure 整改按期销号率,
 * taskCompletion 任务完成率.
 */
export type ScorecardComponentKind = 'form' | 'meetingCompliance' | 'rectificationClosure' | 'taskCompletion'
