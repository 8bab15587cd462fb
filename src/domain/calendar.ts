/**
 * Calendar dates as ISO strings ("2026-03-31"): no time zones, as dates in a project plan have
 * none. Arithmetic goes through UTC so that it never shifts by a day.
 */

import { z } from "zod";

export type IsoDate = string;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The years a date (or month) given to PRIMA may fall in. Every project's plan, history and rate
 * fits, and each day of them is the same day in JavaScript and in PostgreSQL (which has no year
 * 0: "0000-01-01" was a 500 before). Anything outside is a typing slip, refused on its field.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2199;

export function isYearInRange(dateOrMonth: string): boolean {
  const year = Number(dateOrMonth.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

/** The calendar date of an instant, in UTC (the server's notion of "today"). */
export function dayOf(instant: Date): IsoDate {
  return fromUtc(instant);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return fromUtc(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** Whole calendar months from `from` to `to`, counting a partial month as none. */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const a = toUtc(from);
  const b = toUtc(to);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/**
 * The issue a date or month outside FIRST_YEAR..LAST_YEAR raises, on its own field. A new object
 * each time: zod's refine rewrites the one it is given.
 */
export function dateOutOfRange() {
  return {
    message: `Enter a date between the years ${FIRST_YEAR} and ${LAST_YEAR}`,
    params: { code: "dateOutOfRange", first: FIRST_YEAR, last: LAST_YEAR },
  };
}

/** A date given to PRIMA: a real day, within FIRST_YEAR..LAST_YEAR. */
export const dateInput = z.iso
  .date()
  .refine((value) => !isIsoDate(value) || isYearInRange(value), dateOutOfRange());
