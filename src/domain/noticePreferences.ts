/**
 * How each person wants to hear of each kind of notice. The notice is always shown in the app;
 * the choice is about e-mail: one at once (what PRIMA did for every kind before people could
 * choose, so it is the default), none, or one daily digest gathering the day's notices.
 */
import { z } from "zod";
import { dayOf, type IsoDate } from "./calendar";
import { NOTICE_KINDS, NOTICES_OF_KIND, type NoticeKind } from "./inbox";

export const NOTICE_DELIVERIES = ["app", "email", "digest"] as const;
export type NoticeDelivery = (typeof NOTICE_DELIVERIES)[number];

/** Before anyone chooses, every kind is e-mailed at once, as it always was. */
export const DEFAULT_NOTICE_DELIVERY: NoticeDelivery = "email";

const choices = z.strictObject(
  Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, z.enum(NOTICE_DELIVERIES)])) as Record<
    NoticeKind,
    z.ZodEnum<{ [D in NoticeDelivery]: D }>
  >,
);
export type NoticeChoices = Record<NoticeKind, NoticeDelivery>;

export const noticePreferences = z.object({
  choices,
  /** 0 until the person saves a choice for the first time. */
  version: z.number().int().min(0),
});
export type NoticePreferences = z.infer<typeof noticePreferences>;

/** What the person reads: their choices, and when the day's digest goes out. */
export const noticePreferencesView = noticePreferences.extend({
  digestHour: z.number().int().min(0).max(23).describe("The digest goes out each day from this hour (UTC)"),
});
export type NoticePreferencesView = z.infer<typeof noticePreferencesView>;

export const noticePreferencesChange = z.object({
  choices,
  version: z.number().int().min(0).describe("The version read; 0 when nothing was saved yet"),
});
export type NoticePreferencesChange = z.infer<typeof noticePreferencesChange>;

export const DEFAULT_NOTICE_CHOICES: NoticeChoices = Object.fromEntries(
  NOTICE_KINDS.map((kind) => [kind, DEFAULT_NOTICE_DELIVERY]),
) as NoticeChoices;

/** The kind a notice (its `transition` name) belongs to, or null for a name no kind gathers. */
export function noticeKindOf(name: string): NoticeKind | null {
  return NOTICE_KINDS.find((kind) => NOTICES_OF_KIND[kind].includes(name)) ?? null;
}

/** The notice names of the kinds a person gets in their digest. */
export function digestNoticeNames(choices: NoticeChoices): string[] {
  return NOTICE_KINDS.filter((kind) => choices[kind] === "digest").flatMap((kind) => [
    ...NOTICES_OF_KIND[kind],
  ]);
}

/**
 * The day whose digest is due at `now`, or null before the day's digest hour (UTC). A run late
 * in the day (a server that was down at the hour) still sends that day's digest.
 */
export function digestDayAt(now: Date, digestHourUtc: number): IsoDate | null {
  return now.getUTCHours() >= digestHourUtc ? dayOf(now) : null;
}
