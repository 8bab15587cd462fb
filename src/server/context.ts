import type { Config } from "./config";
import type { DatabaseKind, Db } from "./db/client";
import type { ReadReplica } from "./db/readReplica";
import type { DatabaseStatus } from "./db/status";
import type { MailSender } from "./mail/sender";
import type { WebhookSender } from "./webhooks/sender";

/** What every route and use case may need, built once at start (and by each test). */
export interface AppContext {
  config: Config;
  db: Db;
  dbKind: DatabaseKind;
  /** Whether the database answers; failures seen anywhere are reported to it. */
  dbStatus: DatabaseStatus;
  /**
   * A PostgreSQL streaming replica for the portfolio's heavy reads (DATABASE_READ_URL), or null:
   * routes ask db/readReplica.ts's portfolioReadDb which database answers.
   */
  readReplica: ReadReplica | null;
  /** The current time; tests set it instead of sleeping. */
  now: () => Date;
  sessionSecret: string;
  version: string;
  /** Delivers the mail outbox; does nothing when SMTP_URL is not set. */
  mail: MailSender;
  /** Sends queued webhook deliveries after commit (routes flush it like the mail). */
  webhooks: WebhookSender;
}
