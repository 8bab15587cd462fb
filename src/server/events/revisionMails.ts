/**
 * The e-mails of budget revisions (issue 15 §3), in the person's language: who asked or decided,
 * the totals before and after, and what was said. Kept beside mails.ts, which calls it, with its
 * own words in the three languages.
 */
import type { EventOf } from "../../domain/events";
import type { Language } from "../../domain/profile";
import { mailTextsFor } from "./mailTexts";
import type { EventProject, Recipient } from "./recipients";

type RevisionEvent = EventOf<"revisionRequested" | "revisionApproved" | "revisionRefused">;
type Kind = RevisionEvent["kind"];

interface RevisionWords {
  subject: Record<Kind, string>;
  done: Record<Kind, string>;
  totals: (previous: string, next: string) => string;
  approved: (next: string) => string;
}

const WORDS: Record<Language, RevisionWords> = {
  en: {
    subject: {
      revisionRequested: "budget revision requested",
      revisionApproved: "budget revision approved",
      revisionRefused: "budget revision refused",
    },
    done: {
      revisionRequested: "asks to revise the budget of",
      revisionApproved: "approved the budget revision of",
      revisionRefused: "refused the budget revision of",
    },
    totals: (previous, next) => `Current budget: USD ${previous}; revised budget: USD ${next}.`,
    approved: (next) =>
      `The project's approved budget is now USD ${next}, with the shares and years of the revision.`,
  },
  fr: {
    subject: {
      revisionRequested: "révision budgétaire demandée",
      revisionApproved: "révision budgétaire approuvée",
      revisionRefused: "révision budgétaire refusée",
    },
    done: {
      revisionRequested: "demande à réviser le budget de",
      revisionApproved: "a approuvé la révision budgétaire de",
      revisionRefused: "a refusé la révision budgétaire de",
    },
    totals: (previous, next) => `Budget actuel : ${previous} USD ; budget révisé : ${next} USD.`,
    approved: (next) =>
      `Le budget approuvé du projet est désormais de ${next} USD, avec les parts et les années de la révision.`,
  },
  es: {
    subject: {
      revisionRequested: "revisión presupuestaria solicitada",
      revisionApproved: "revisión presupuestaria aprobada",
      revisionRefused: "revisión presupuestaria rechazada",
    },
    done: {
      revisionRequested: "solicita revisar el presupuesto de",
      revisionApproved: "aprobó la revisión presupuestaria de",
      revisionRefused: "rechazó la revisión presupuestaria de",
    },
    totals: (previous, next) => `Presupuesto actual: ${previous} USD; presupuesto revisado: ${next} USD.`,
    approved: (next) =>
      `El presupuesto aprobado del proyecto es ahora de ${next} USD, con las partes y los años de la revisión.`,
  },
};

export function revisionMail(
  event: RevisionEvent,
  person: Recipient,
  c: { project: EventProject; actorName: string; at: Date; publicUrl: string },
): { subject: string; text: string } {
  const { project } = c;
  const { payload } = event;
  const language = person.language ?? "en";
  const words = mailTextsFor(language);
  const own = WORDS[language];
  const said = event.kind === "revisionRequested" ? event.payload.justification : event.payload.comment;
  const lines = [
    `${c.actorName} ${own.done[event.kind]} ${project.code} "${project.title}" (${c.at.toISOString().slice(0, 10)}).`,
    own.totals(payload.previousTotal, payload.newTotal),
    ...(event.kind === "revisionApproved" ? [own.approved(payload.newTotal)] : []),
    ...(said ? ["", event.kind === "revisionRequested" ? words.justification : words.comment, said] : []),
  ];
  return {
    subject: `[PRIMA] ${project.code} ${own.subject[event.kind]}: ${project.title}`,
    text: [
      words.greeting(person.name),
      "",
      ...lines,
      "",
      words.openProject(`${c.publicUrl}/projects/${project.id}`),
      "",
      words.signature,
    ].join("\n"),
  };
}
