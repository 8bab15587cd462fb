/**
 * The daily digest: one letter listing a person's notices since their last digest, in their
 * language. Each notice is named by the subject line its own e-mail would have had, so that a
 * notice reads the same at once and in the digest, with the link to what it is about. Pure.
 */
import type { DomainEvent } from "../../domain/events";
import { type EventMail, eventMail, type MailContext } from "./mails";
import { mailTextsFor } from "./mailTexts";
import { DIGEST_WORDS } from "./mailTexts/digest";
import type { Recipient } from "./recipients";

export interface DigestNotice {
  event: DomainEvent;
  context: MailContext;
}

const SUBJECT_PREFIX = "[PRIMA] ";

function linkOf(event: DomainEvent, context: MailContext): string {
  const project = `${context.publicUrl}/projects/${context.project.id}`;
  return "reportId" in event.payload && typeof event.payload.reportId === "string"
    ? `${project}/reports/${event.payload.reportId}`
    : project;
}

export function digestMail(
  person: Recipient,
  day: string,
  notices: DigestNotice[],
  publicUrl: string,
): EventMail {
  const words = mailTextsFor(person.language);
  const digest = DIGEST_WORDS[person.language ?? "en"];
  const items = notices.flatMap(({ event, context }) => {
    // A reminder names the person as in copy when they are not the report's manager.
    const managers = [context.project.pmId, context.project.altPmId];
    const one = eventMail(event, { ...person, copy: !managers.includes(person.id) }, context);
    if (!one) return [];
    const line = one.subject.startsWith(SUBJECT_PREFIX)
      ? one.subject.slice(SUBJECT_PREFIX.length)
      : one.subject;
    const link = linkOf(event, context);
    return [
      `- ${line}`,
      `  ${link.includes("/reports/") ? words.openReport(link) : words.openProject(link)}`,
    ];
  });
  return {
    subject: digest.subject(day, notices.length),
    text: [
      words.greeting(person.name),
      "",
      digest.intro(notices.length),
      "",
      ...items,
      "",
      digest.choose(`${publicUrl}/profile`),
      "",
      words.signature,
    ].join("\n"),
  };
}
