import type { ProjectStatus, TransitionName } from "../../../domain/lifecycle";
import type { MailTexts, ReportWords } from "./types";

const STATUS: Record<ProjectStatus, string> = {
  draft: "Borrador",
  submitted: "Presentado",
  endorsed: "Respaldado",
  approved: "Aprobado",
  active: "En curso",
  closed: "Cerrado",
  rejected: "Rechazado",
  withdrawn: "Retirado",
};

const DONE: Record<TransitionName, string> = {
  submit: "presentó",
  withdraw: "retiró",
  endorse: "respaldó",
  returnToDraft: "devolvió para revisión",
  notEndorse: "no respaldó",
  approve: "aprobó",
  reject: "rechazó",
  start: "inició la ejecución de",
  close: "cerró",
};

const KIND = { narrative: "narrativo", financial: "financiero" } as const;
const s = (n: number) => (n === 1 ? "" : "s");

/** "el informe narrativo intermedio n.º 2" / "el informe financiero final" */
const describeReport = (r: ReportWords) =>
  r.stage === "final"
    ? `el informe ${KIND[r.kind]} final`
    : `el informe ${KIND[r.kind]} intermedio n.º ${r.sequence}`;
const reportLabel = (r: ReportWords) =>
  r.stage === "final" ? `informe ${KIND[r.kind]} final` : `informe ${KIND[r.kind]} intermedio ${r.sequence}`;

const REPORT_STATUS = {
  pending: "pendiente",
  submitted: "presentado",
  accepted: "aceptado",
  returned: "devuelto",
} as const;
const REPORT_DONE = {
  reportSubmitted: "presentó",
  reportReturned: "devolvió para revisión",
  reportAccepted: "aceptó",
} as const;
const EXTENSION_DONE = {
  extensionRequested: "solicita prorrogar",
  extensionApproved: "aprobó la prórroga de",
  extensionRefused: "rechazó la prórroga de",
} as const;

export const es: MailTexts = {
  greeting: (name) => `Estimado/a ${name}:`,
  signature: "— PRIMA",
  status: (status) => STATUS[status],
  comment: "Comentario:",
  justification: "Justificación:",
  openProject: (url) => `Abrir el proyecto: ${url}`,
  openReport: (url) => `Abrir el informe: ${url}`,
  transitionSubject: (code, to, title) => `[PRIMA] ${code} ${STATUS[to].toLowerCase()}: ${title}`,
  transitionDone: (actor, { transition }, code, title, day) =>
    `${actor} ${transition ? DONE[transition] : "hizo avanzar"} ${code} «${title}» el ${day}.`,
  nowStatus: (to) => `El proyecto está ahora: ${STATUS[to].toLowerCase()}.`,
  reportSubject: (code, r, status, title) =>
    `[PRIMA] ${code} ${reportLabel(r)} ${REPORT_STATUS[status]}: ${title}`,
  reportPeriod: (start, end) => ` (período del ${start} al ${end})`,
  reportDone: (actor, kind, r, code, title, period, day) =>
    `${actor} ${REPORT_DONE[kind]} ${describeReport(r)} de ${code} «${title}»${period} el ${day}.`,
  extensionSubject: (code, kind, requestedEnd, title) => {
    const what = {
      extensionRequested: `prórroga solicitada hasta el ${requestedEnd}`,
      extensionApproved: `prórroga aprobada: termina el ${requestedEnd}`,
      extensionRefused: "prórroga rechazada",
    }[kind];
    return `[PRIMA] ${code} ${what}: ${title}`;
  },
  extensionDone: (actor, kind, code, title, day) =>
    `${actor} ${EXTENSION_DONE[kind]} ${code} «${title}» el ${day}.`,
  commentSubject: (code, title, reply) =>
    `[PRIMA] ${code} ${reply ? "respuesta a un comentario" : "nuevo comentario"}: ${title}`,
  commentDone: (actor, code, title, day, reply) =>
    `${actor} ${reply ? "respondió a un comentario sobre" : "comentó"} ${code} «${title}» el ${day}.`,
  extensionDates: (previousEnd, requestedEnd) =>
    `Fin prevista: ${previousEnd}; fin solicitada: ${requestedEnd}.`,
  extensionApproved: (requestedEnd) =>
    `El proyecto termina ahora el ${requestedEnd}; su calendario de informes se ha actualizado.`,
  reminderSubject: (code, r, { overdue, copy, n, dueDate }) =>
    overdue
      ? `[PRIMA] ${copy ? "Copia: " : ""}${code} ${reportLabel(r)} atrasado, vencía el ${dueDate} (recordatorio ${n})`
      : `[PRIMA] ${code} ${reportLabel(r)} vence en ${n} días (${dueDate})`,
  reminderStatus: (code, r, title, period, { overdue, dueDate, daysLeft }) => {
    const status = overdue
      ? `vencía el ${dueDate} y no se ha presentado: lleva ${-daysLeft} día${s(-daysLeft)} de retraso.`
      : daysLeft === 0
        ? `vence hoy, ${dueDate}.`
        : `vence el ${dueDate}, dentro de ${daysLeft} día${s(daysLeft)}.`;
    return `El ${reportLabel(r)} de ${code} «${title}»${period} ${status}`;
  },
  reminderWhy: (regionCode) =>
    regionCode === null
      ? "Recibe esta copia como gestor/a del fondo: el proyecto no tiene región."
      : `Recibe esta copia como revisor/a regional de ${regionCode}.`,
  resetSubject: "[PRIMA] Elegir una nueva contraseña",
  resetLines: (minutes) => [
    "Alguien, probablemente usted, pidió elegir una nueva contraseña para su cuenta de PRIMA.",
    `El enlace siguiente funciona una vez, durante ${minutes} minutos. Si no lo pidió, ignore este mensaje: su contraseña no cambia.`,
  ],
  resetLink: (url) => `Elegir una nueva contraseña: ${url}`,
  inviteSubject: (inviter) => `[PRIMA] ${inviter} le invita a PRIMA`,
  inviteLines: (inviter, role, hours) => [
    `${inviter} le ha abierto una cuenta en PRIMA, el sistema de proyectos del fondo, como ${role}.`,
    `Elija su contraseña con el enlace siguiente; funciona una vez, durante ${hours} horas.`,
  ],
  inviteLink: (url) => `Elegir su contraseña: ${url}`,
  inviteSsoOnly: (provider) => `Inicie sesión con su cuenta ${provider}: no hay contraseña que elegir.`,
  inviteSsoAlso: (provider, url) => `O inicie sesión con su cuenta ${provider}: ${url}`,
  role: (role) =>
    ({
      pm: "gestor/a de proyecto",
      reviewer: "revisor/a regional",
      fund_manager: "gestor/a del fondo",
      viewer: "lector/a",
      admin: "administrador/a",
    })[role],
};
