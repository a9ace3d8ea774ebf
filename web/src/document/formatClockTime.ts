/** HH:mm on the branches' wall clock (Asia/Shanghai), for "离线（自 HH:mm 起）". */
export function formatClockTime(date: Date): string {
  return new Intl.DateTimeFormat('zh-CN', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'Asia/Shanghai',
  }).format(date)
}
