/** Each person's e-mails in their own language: every kind of notified event, in English, French and Spanish. */
import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../../domain/events";
import { LANGUAGES, type Language } from "../../domain/profile";
import { type EventReport, eventMail, type MailContext } from "./mails";
import type { Recipient } from "./recipients";

const report = { reportId: "r-1", kind: "financial", stage: "interim", sequence: 2 } as const;
const context: MailContext = {
  project: {
    id: "p-1",
    code: "P-2026-014",
    title: "Safe migration in the Sahel",
    regionCode: "WCA",
    pmId: "u-1",
    altPmId: null,
  },
  report: {
    ...report,
    periodStart: "2026-01-01",
    periodEnd: "2026-06-30",
    dueDate: "2026-07-31",
  } as EventReport,
  actorName: "Ana Petrović",
  at: new Date("2026-07-20T10:00:00Z"),
  publicUrl: "https://prima.example.org",
};
const person = (language: Language | null, copy = false): Recipient => ({
  id: "u-1",
  email: "someone@example.org",
  name: "Mariam Koné",
  language,
  copy,
});

const EVENTS: DomainEvent[] = [
  {
    kind: "projectTransitioned",
    payload: {
      transitionId: 1,
      transition: "endorse",
      from: "submitted",
      to: "endorsed",
      comment: "Well argued",
      details: null,
    },
  },
  { kind: "reportSubmitted", payload: { ...report, reportEventId: 1, status: "submitted", comment: "" } },
  {
    kind: "reportReturned",
    payload: { ...report, reportEventId: 2, status: "returned", comment: "Add receipts" },
  },
  {
    kind: "extensionRequested",
    payload: {
      extensionId: "e-1",
      previousEnd: "2026-12-31",
      requestedEnd: "2027-06-30",
      justification: "Rains",
    },
  },
  {
    kind: "extensionApproved",
    payload: {
      extensionId: "e-1",
      previousEnd: "2026-12-31",
      requestedEnd: "2027-06-30",
      plannedEnd: "2027-06-30",
      comment: "",
    },
  },
  { kind: "reportReminder", payload: { ...report, dueDate: "2026-07-31", step: "before:14" } },
  { kind: "reportReminder", payload: { ...report, dueDate: "2026-07-10", step: "overdue:1" } },
];

describe("e-mails in the recipient's language", () => {
  it.each(EVENTS.map((event) => [event.kind, event] as const))(
    "%s: every language says it, with the project and its link",
    (_kind, event) => {
      const texts = LANGUAGES.map((language) => eventMail(event, person(language), context));
      for (const mail of texts) {
        expect(mail?.subject).toContain("P-2026-014");
        expect(mail?.text).toContain("https://prima.example.org/projects/p-1");
        expect(`${mail?.subject} ${mail?.text}`).not.toMatch(/undefined|null|\[object/);
      }
      // Three different letters, not one English letter three times.
      expect(new Set(texts.map((mail) => mail?.text)).size).toBe(3);
    },
  );

  it("writes to a French-speaking PM in French and to someone who chose nothing in English", () => {
    const event = EVENTS[0] as DomainEvent;
    const french = eventMail(event, person("fr"), context);
    expect(french?.subject).toBe("[PRIMA] P-2026-014 avalisé : Safe migration in the Sahel");
    expect(french?.text).toContain("Bonjour Mariam Koné,");
    expect(french?.text).toContain(
      "Ana Petrović a avalisé P-2026-014 « Safe migration in the Sahel » le 2026-07-20.",
    );
    expect(french?.text).toContain("Commentaire :\nWell argued");
    const english = eventMail(event, person(null), context);
    expect(english?.text).toContain("Dear Mariam Koné,");
    expect(english?.text).toContain(
      'Ana Petrović endorsed P-2026-014 "Safe migration in the Sahel" on 2026-07-20.',
    );
  });

  it("tells a Spanish-speaking reviewer in copy why they receive an overdue reminder", () => {
    const mail = eventMail(EVENTS[6] as DomainEvent, person("es", true), context);
    expect(mail?.subject).toBe(
      "[PRIMA] Copia: P-2026-014 informe financiero intermedio 2 atrasado, vencía el 2026-07-10 (recordatorio 1)",
    );
    expect(mail?.text).toContain("lleva 10 días de retraso");
    expect(mail?.text).toContain("Recibe esta copia como revisor/a regional de WCA.");
  });
});
