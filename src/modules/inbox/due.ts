/** The day a decision is due: this many working days (Monday to Friday, Viet Nam time) after it was asked for. */
export function dueDate(since: Date, workingDays: number): Date {
  const due = new Date(since);
  let left = workingDays;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    // Viet Nam is UTC+7 with no daylight saving: the weekday there is the weekday of the UTC time plus 7 hours.
    const weekday = new Date(due.getTime() + 7 * 3600_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return due;
}
