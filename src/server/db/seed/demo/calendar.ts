/** Calendar arithmetic on UTC dates, for demo timelines: ISO dates without time zones. */

export const DAY_MS = 86_400_000;

export function utcDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** The first day of the month after `date`, plus `months` months. */
export function firstOfNextMonth(date: Date, months = 0): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1 + months, 1));
}

/** "2024-03-01" plus 12 months ends on "2025-02-28": the last day of a project of that many months. */
export function lastDayAfterMonths(start: Date, months: number): Date {
  const sameDay = new Date(
    Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, start.getUTCDate()),
  );
  return addDays(sameDay, -1);
}

/** Whole months from `from` to `to`, rounded down. */
export function monthsBetween(from: Date, to: Date): number {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  return to.getUTCDate() >= from.getUTCDate() ? months : months - 1;
}

export function laterOf(a: Date, b: Date): Date {
  return a.getTime() >= b.getTime() ? a : b;
}
