import { describe, expect, it } from "vitest";
import {
  DEFAULT_NOTICE_CHOICES,
  digestDayAt,
  digestNoticeNames,
  noticeKindOf,
  noticePreferencesChange,
} from "./noticePreferences";

describe("notice preferences", () => {
  it("default to e-mail at once for every kind, as PRIMA did before anyone could choose", () => {
    expect(DEFAULT_NOTICE_CHOICES).toEqual({
      workflow: "email",
      comments: "email",
      reports: "email",
      reminders: "email",
      extensions: "email",
    });
  });

  it.each([
    ["submit", "workflow"],
    ["endorse", "workflow"],
    ["reportSubmitted", "reports"],
    ["reportAccepted", "reports"],
    ["reportReminder", "reminders"],
    ["extensionRequested", "extensions"],
    ["extensionRefused", "extensions"],
    ["projectCommented", "comments"],
    ["documentFiled", null],
  ])("a %s notice is of kind %s", (name, kind) => {
    expect(noticeKindOf(name)).toBe(kind);
  });

  it("gathers in the digest only the notices of the kinds chosen for it", () => {
    const names = digestNoticeNames({ ...DEFAULT_NOTICE_CHOICES, reports: "digest", reminders: "digest" });
    expect(names.sort()).toEqual(["reportAccepted", "reportReminder", "reportReturned", "reportSubmitted"]);
    expect(digestNoticeNames(DEFAULT_NOTICE_CHOICES)).toEqual([]);
  });

  it.each([
    ["2026-03-02T06:59:59Z", 7, null],
    ["2026-03-02T07:00:00Z", 7, "2026-03-02"],
    ["2026-03-02T23:59:00Z", 7, "2026-03-02"],
    ["2026-03-02T00:00:00Z", 0, "2026-03-02"],
    ["2026-03-02T22:00:00Z", 23, null],
  ])("at %s with the digest hour %i, the day due is %s", (now, hour, day) => {
    expect(digestDayAt(new Date(now), hour)).toBe(day);
  });

  it("refuses a choice that is not one of the three, and a kind that does not exist", () => {
    const valid = { version: 0, choices: { ...DEFAULT_NOTICE_CHOICES } };
    expect(noticePreferencesChange.safeParse(valid).success).toBe(true);
    expect(
      noticePreferencesChange.safeParse({ ...valid, choices: { ...valid.choices, workflow: "sms" } }).success,
    ).toBe(false);
    expect(
      noticePreferencesChange.safeParse({ ...valid, choices: { ...valid.choices, sms: "app" } }).success,
    ).toBe(false);
    expect(noticePreferencesChange.safeParse({ ...valid, version: -1 }).success).toBe(false);
  });
});
