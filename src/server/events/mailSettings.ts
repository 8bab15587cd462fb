/** The one place e-mail settings are read from the configuration. */
import type { Config } from "../config";

export interface MailSettings {
  /** E-mail is queued only when the server can send it (SMTP_URL). */
  enabled: boolean;
  /** Where links in messages point, without a trailing slash. */
  publicUrl: string;
}

export function mailSettings(config: Pick<Config, "smtpUrl" | "publicUrl">): MailSettings {
  return { enabled: config.smtpUrl !== null, publicUrl: config.publicUrl };
}
