/**
 * Today's date on the branches' wall clock (Asia/Shanghai) as YYYY-MM-DD, whatever time zone the laptop is in;
 * periods and "当期" are judged by it, as the server judges them.
 */
export function todayInChina(now: Date = new Date()): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
