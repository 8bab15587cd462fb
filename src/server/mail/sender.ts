/**
 * Delivers the outbox over SMTP (nodemailer). It runs after each change that queued mail and on
 * a timer, so a message that failed or was left by a stopped server still goes out. What is and
 * is not guaranteed is written at the top of outbox.ts.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import type { DatabaseStatus } from "../db/status";
import { createQueueDrain } from "../queue/drain";
import { claimNextMail, markFailed, markSent, messageIdFor } from "./outbox";

/** What one flush delivered. */
export interface FlushResult {
  sent: number;
  failed: number;
}

export interface MailSender {
  /** Delivers what is due now; resolves when this run is done (tests and `prima remind` await it). */
  flush(): Promise<FlushResult>;
  /** Stops the timer and waits for a run in progress, so the database can close after it. */
  close(): Promise<void>;
}

export const NO_MAIL: MailSender = { flush: async () => ({ sent: 0, failed: 0 }), close: async () => {} };

/**
 * Bounds on one SMTP conversation (nodemailer's defaults allow ten idle minutes). They keep a
 * send well inside the claim window (CLAIM_MS in outbox.ts, five minutes), so that no other
 * sender takes over a message this one is still sending.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export function createMailSender(options: {
  db: Db;
  smtpUrl: string;
  from: string;
  now: () => Date;
  /** A database that went away is reported here (logged once) and the next tick tries again. */
  status: DatabaseStatus;
  logger?: Logger;
  intervalMs?: number;
}): MailSender {
  // One pooled connection: opening one per message costs about ten times the message itself.
  const transport: Transporter = nodemailer.createTransport({
    url: options.smtpUrl,
    pool: true,
    maxConnections: 1,
    ...SMTP_TIMEOUTS,
  });
  const drain = createQueueDrain<FlushResult>({
    tally: () => ({ sent: 0, failed: 0 }),
    name: "mail sender",
    status: options.status,
    logger: options.logger,
    async sendNext(result) {
      const mail = await claimNextMail(options.db, options.now());
      if (!mail) return false;
      try {
        await transport.sendMail({
          from: options.from,
          to: mail.toAddress,
          subject: mail.subject,
          text: mail.bodyText,
          messageId: messageIdFor(mail.dedupeKey),
          date: mail.createdAt,
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        options.logger?.warn({ mailId: mail.id, err: message }, "mail delivery failed");
        await markFailed(options.db, mail, message, options.now());
        result.failed++;
        return true;
      }
      // Marked at once: the shorter this gap, the smaller the chance of a copy after a crash.
      await markSent(options.db, mail.id, options.now());
      result.sent++;
      return true;
    },
  });

  const timer = setInterval(() => void drain.flush(), options.intervalMs ?? 30_000);
  timer.unref();
  return {
    flush: drain.flush,
    async close() {
      clearInterval(timer);
      await drain.close();
      transport.close();
    },
  };
}
