/** The daily digest's letter, in each person's language: every notice named, with its link. */
import { describe, expect, it } from "vitest";
import type { Language } from "../../domain/profile";
import { type DigestNotice, digestMail } from "./digestMail";
import type { MailContext } from "./mails";

const PUBLIC_URL = "https://prima.example.org";
const context: MailContext = {
  project: {
    id: "p-1",
    code: "P-2026-014",
    title: "Safe migration in the Sahel",
    regionCode: "WCA",
    pmId: "u-pm",
    altPmId: null,
  },
  report: null,
  actorName: "Ana Petrović",
  at: new Date("2026-03-02T10:00:00Z"),
  publicUrl: PUBLIC_URL,
};
const notices: DigestNotice[] = [
  {
    event: {
      kind: "projectTransitioned",
      payload: {
        transitionId: 1,
        transition: "submit",
        from: "draft",
        to: "submitted",
        comment: "",
        details: null,
      },
    },
    context,
  },
  {
    event: {
      kind: "reportReturned",
      payload: {
        reportId: "r-1",
        kind: "narrative",
        stage: "interim",
        sequence: 1,
        reportEventId: 3,
        status: "returned",
        comment: "Add receipts",
      },
    },
    context,
  },
];
const person = (language: Language | null) => ({
  id: "u-reviewer",
  email: "reviewer@example.org",
  name: "Mariam Koné",
  language,
  copy: false,
});

describe("the daily digest's letter", () => {
  it.each([
    [null, "[PRIMA] Your notices of 2026-03-02 (2)", "Dear Mariam Koné,", "Open the report: "],
    ["fr", "[PRIMA] Vos avis du 2026-03-02 (2)", "Bonjour Mariam Koné,", "Ouvrir le rapport : "],
    ["es", "[PRIMA] Sus avisos del 2026-03-02 (2)", "Estimado/a Mariam Koné:", "Abrir el informe: "],
  ] as const)("in %s names each notice with its link", (language, subject, greeting, openReport) => {
    const mail = digestMail(person(language), "2026-03-02", notices, PUBLIC_URL);
    expect(mail.subject).toBe(subject);
    expect(mail.text.startsWith(greeting)).toBe(true);
    expect(mail.text.match(/P-2026-014/g)).toHaveLength(2);
    expect(mail.text).toContain(`${openReport}${PUBLIC_URL}/projects/p-1/reports/r-1`);
    expect(mail.text).toContain(`${PUBLIC_URL}/profile`);
    expect(mail.text).not.toContain("[PRIMA] P-2026-014");
  });
});
