/**
 * Delivers the outbox over SMTP (nodemailer). It runs after each change that queued mail and on
 * a timer, so a message that failed or was left by a stopped server still goes out.
 */
import nodemailer, { type Transporter } from "nodemailer";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { claimDueMail, markFailed, markSent } from "./outbox";

export interface MailSender {
  /** Delivers what is due now; resolves when this run is done (tests await it). */
  flush(): Promise<void>;
  /** Stops the timer and waits for a run in progress, so the database can close after it. */
  close(): Promise<void>;
}

export const NO_MAIL: MailSender = { flush: async () => {}, close: async () => {} };

export function createMailSender(options: {
  db: Db;
  smtpUrl: string;
  from: string;
  now: () => Date;
  logger?: Logger;
  intervalMs?: number;
}): MailSender {
  const transport: Transporter = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<void> | null = null;
  let again = false;

  async function run(): Promise<void> {
    for (;;) {
      const batch = await claimDueMail(options.db, options.now());
      if (batch.length === 0) return;
      for (const mail of batch) {
        try {
          await transport.sendMail({
            from: options.from,
            to: mail.toAddress,
            subject: mail.subject,
            text: mail.bodyText,
          });
          await markSent(options.db, mail.id, options.now());
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          options.logger?.warn({ mailId: mail.id, err: message }, "mail delivery failed");
          await markFailed(options.db, mail, message, options.now());
        }
      }
    }
  }

  function flush(): Promise<void> {
    if (running) {
      // A flush asked for during a run must see what was queued meanwhile.
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await run();
        } while (again);
      } catch (error) {
        options.logger?.error({ err: error }, "mail sender run failed");
      } finally {
        running = null;
      }
    })();
    return running;
  }

  const timer = setInterval(() => void flush(), options.intervalMs ?? 30_000);
  timer.unref();
  return {
    flush,
    async close() {
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}
