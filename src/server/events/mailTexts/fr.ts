import type { ProjectStatus, TransitionName } from "../../../domain/lifecycle";
import type { MailTexts, ReportWords } from "./types";

const STATUS: Record<ProjectStatus, string> = {
  draft: "Brouillon",
  submitted: "Soumis",
  endorsed: "Avalisé",
  approved: "Approuvé",
  active: "En cours",
  closed: "Clôturé",
  rejected: "Rejeté",
  withdrawn: "Retiré",
};

const DONE: Record<TransitionName, string> = {
  submit: "a soumis",
  withdraw: "a retiré",
  endorse: "a avalisé",
  returnToDraft: "a renvoyé pour révision",
  notEndorse: "n'a pas avalisé",
  approve: "a approuvé",
  reject: "a rejeté",
  start: "a démarré la mise en œuvre de",
  close: "a clôturé",
};

const KIND = { narrative: "narratif", financial: "financier" } as const;
const s = (n: number) => (n > 1 ? "s" : "");

/** "le rapport narratif intermédiaire n° 2" / "le rapport financier final" */
const describeReport = (r: ReportWords) =>
  r.stage === "final"
    ? `le rapport ${KIND[r.kind]} final`
    : `le rapport ${KIND[r.kind]} intermédiaire n° ${r.sequence}`;
const reportLabel = (r: ReportWords) =>
  r.stage === "final"
    ? `rapport ${KIND[r.kind]} final`
    : `rapport ${KIND[r.kind]} intermédiaire ${r.sequence}`;

const REPORT_STATUS = {
  pending: "attendu",
  submitted: "soumis",
  accepted: "accepté",
  returned: "renvoyé",
} as const;
const REPORT_DONE = {
  reportSubmitted: "a soumis",
  reportReturned: "a renvoyé pour révision",
  reportAccepted: "a accepté",
} as const;
const EXTENSION_DONE = {
  extensionRequested: "demande à prolonger",
  extensionApproved: "a approuvé la prolongation de",
  extensionRefused: "a refusé la prolongation de",
} as const;

export const fr: MailTexts = {
  greeting: (name) => `Bonjour ${name},`,
  signature: "— PRIMA",
  status: (status) => STATUS[status],
  comment: "Commentaire :",
  justification: "Justification :",
  openProject: (url) => `Ouvrir le projet : ${url}`,
  openReport: (url) => `Ouvrir le rapport : ${url}`,
  transitionSubject: (code, to, title) => `[PRIMA] ${code} ${STATUS[to].toLowerCase()} : ${title}`,
  transitionDone: (actor, { transition }, code, title, day) =>
    `${actor} ${transition ? DONE[transition] : "a fait avancer"} ${code} « ${title} » le ${day}.`,
  nowStatus: (to) => `Le projet est maintenant : ${STATUS[to].toLowerCase()}.`,
  reportSubject: (code, r, status, title) =>
    `[PRIMA] ${code} ${reportLabel(r)} ${REPORT_STATUS[status]} : ${title}`,
  reportPeriod: (start, end) => ` (période du ${start} au ${end})`,
  reportDone: (actor, kind, r, code, title, period, day) =>
    `${actor} ${REPORT_DONE[kind]} ${describeReport(r)} de ${code} « ${title} »${period} le ${day}.`,
  extensionSubject: (code, kind, requestedEnd, title) => {
    const what = {
      extensionRequested: `prolongation demandée jusqu'au ${requestedEnd}`,
      extensionApproved: `prolongation approuvée : fin le ${requestedEnd}`,
      extensionRefused: "prolongation refusée",
    }[kind];
    return `[PRIMA] ${code} ${what} : ${title}`;
  },
  extensionDone: (actor, kind, code, title, day) =>
    `${actor} ${EXTENSION_DONE[kind]} ${code} « ${title} » le ${day}.`,
  commentSubject: (code, title, reply) =>
    `[PRIMA] ${code} ${reply ? "réponse à un commentaire" : "nouveau commentaire"} : ${title}`,
  commentDone: (actor, code, title, day, reply) =>
    `${actor} ${reply ? "a répondu à un commentaire sur" : "a commenté"} ${code} « ${title} » le ${day}.`,
  extensionDates: (previousEnd, requestedEnd) =>
    `Fin prévue : ${previousEnd} ; fin demandée : ${requestedEnd}.`,
  extensionApproved: (requestedEnd) =>
    `Le projet se termine désormais le ${requestedEnd} ; son calendrier de rapports a été mis à jour.`,
  reminderSubject: (code, r, { overdue, copy, n, dueDate }) =>
    overdue
      ? `[PRIMA] ${copy ? "Copie : " : ""}${code} ${reportLabel(r)} en retard, attendu le ${dueDate} (rappel ${n})`
      : `[PRIMA] ${code} ${reportLabel(r)} attendu d'ici ${n} jours (${dueDate})`,
  reminderStatus: (code, r, title, period, { overdue, dueDate, daysLeft }) => {
    const status = overdue
      ? `était attendu le ${dueDate} et n'a pas été soumis : il a ${-daysLeft} jour${s(-daysLeft)} de retard.`
      : daysLeft === 0
        ? `est attendu aujourd'hui, le ${dueDate}.`
        : `est attendu le ${dueDate}, dans ${daysLeft} jour${s(daysLeft)}.`;
    return `Le ${reportLabel(r)} de ${code} « ${title} »${period} ${status}`;
  },
  reminderWhy: (regionCode) =>
    regionCode === null
      ? "Vous recevez cette copie en tant que gestionnaire du fonds : le projet n'a pas de région."
      : `Vous recevez cette copie en tant qu'examinateur régional de ${regionCode}.`,
  resetSubject: "[PRIMA] Choisir un nouveau mot de passe",
  resetLines: (minutes) => [
    "Quelqu'un, sans doute vous, a demandé à choisir un nouveau mot de passe pour votre compte PRIMA.",
    `Le lien ci-dessous fonctionne une fois, pendant ${minutes} minutes. Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste le même.`,
  ],
  resetLink: (url) => `Choisir un nouveau mot de passe : ${url}`,
  inviteSubject: (inviter) => `[PRIMA] ${inviter} vous invite sur PRIMA`,
  inviteLines: (inviter, role, hours) => [
    `${inviter} vous a ouvert un compte sur PRIMA, le système de projets du fonds, en tant que ${role}.`,
    `Choisissez votre mot de passe avec le lien ci-dessous ; il fonctionne une fois, pendant ${hours} heures.`,
  ],
  inviteLink: (url) => `Choisir votre mot de passe : ${url}`,
  inviteSsoOnly: (provider) =>
    `Connectez-vous avec votre compte ${provider} : il n'y a pas de mot de passe à choisir.`,
  inviteSsoAlso: (provider, url) => `Ou connectez-vous avec votre compte ${provider} : ${url}`,
  role: (role) =>
    ({
      pm: "chef de projet",
      reviewer: "examinateur régional",
      fund_manager: "gestionnaire du fonds",
      viewer: "lecteur",
      admin: "administrateur",
    })[role],
};
