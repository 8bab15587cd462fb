/**
 * Configuration from the environment, validated once at start so that a bad value stops the
 * server with a message naming the variable, instead of failing later at a random request.
 */
import path from "node:path";
import { z } from "zod";
import { isIsoDate } from "../domain/calendar";
import { defaultProviderName } from "../domain/sso";
import type { SignInLimits } from "./auth/signInLimits";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { message: "use true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const urlWithProtocols = (protocols: string[], example: string) =>
  z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    { message: `must be a URL such as ${example}` },
  );

/**
 * An instant for PRIMA_CLOCK: an ISO date (midnight UTC) or a date-time with its offset. A
 * date-time without one would mean a different instant on every machine, so it is refused.
 */
const clockStart = z
  .string()
  .refine((value) => isIsoDate(value) || z.iso.datetime({ offset: true }).safeParse(value).success, {
    message: "must be an ISO date such as 2026-06-01 or a date-time such as 2026-06-01T09:00:00Z",
  })
  .transform((value) => new Date(isIsoDate(value) ? `${value}T00:00:00Z` : value));

/** A whole number in [min, max]; `hint` says what a special value means. */
const wholeNumber = (min: number, max: number, hint?: string) =>
  z.coerce
    .number({ message: `must be a whole number${hint ? ` (${hint})` : ""}` })
    .int({ message: `must be a whole number${hint ? ` (${hint})` : ""}` })
    .min(min, { message: `must be between ${min} and ${max}` })
    .max(max, { message: `must be between ${min} and ${max}` });

/**
 * How many API requests run at once and how many wait, by database: PGlite answers one query
 * at a time, so a second request in progress only waits inside it; PostgreSQL works on several
 * (bench/README.md, "Overload", for the measurements behind these figures). The queues hold 32
 * (PGlite) and 64 (PostgreSQL): everyone working at once has a request in flight (bench "Mixed
 * load": fifty people; ten on the embedded database), and with the figures read from rollups a
 * request waits milliseconds, not seconds, for its turn.
 */
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/** A URL's host without the brackets of an IPv6 address. */
function bareHost(url: string): string {
  return new URL(url).hostname.replace(/^\[(.*)\]$/, "$1");
}

const ADMISSION_DEFAULTS = {
  pglite: { maxConcurrentRequests: 1, maxQueuedRequests: 32 },
  postgres: { maxConcurrentRequests: 4, maxQueuedRequests: 64 },
} as const;

const envSchema = z.object({
  PORT: z.coerce
    .number({ message: "must be a number" })
    .int({ message: "must be a whole number" })
    .min(1, { message: "must be between 1 and 65535" })
    .max(65535, { message: "must be between 1 and 65535" })
    .default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgres://user@host:5432/prima").optional(),
  DATABASE_READ_URL: urlWithProtocols(
    ["postgres:", "postgresql:"],
    "postgres://user@replica-host:5432/prima",
  ).optional(),
  READ_REPLICA_MAX_WAIT_MS: wholeNumber(0, 10_000).default(250),
  SMTP_URL: urlWithProtocols(["smtp:", "smtps:"], "smtp://user:pass@mail.example.org:587").optional(),
  MAIL_FROM: z.string().min(3).default("PRIMA <prima@localhost>"),
  PUBLIC_URL: urlWithProtocols(["http:", "https:"], "https://prima.example.org").optional(),
  SESSION_SECRET: z.string().min(32, { message: "must be at least 32 characters long" }).optional(),
  PRIMA_DEMO: flag.optional(),
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d{1,2}|[0-9a-fA-F.:/,\s]+)$/, {
      message: "use false, a number of proxies, or a comma-separated list of proxy addresses/CIDRs",
    })
    .default("false"),
  LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(300),
  LOGIN_ACCOUNT_FAILURES: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_ADDRESS_FAILURES: z.coerce.number().int().min(1).max(100_000).default(100),
  PASSWORD_RESET_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
  LOGIN_FAILURE_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  UPLOAD_MAX_MB: z.coerce
    .number({ message: "must be a number" })
    .positive({ message: "must be above 0" })
    .max(1024, { message: "must be at most 1024 (1 GB)" })
    .default(20),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REMINDER_INTERVAL_MINUTES: z.coerce
    .number({ message: "must be a number of minutes (0 turns reminders off)" })
    .min(0, { message: "must be 0 (off) or more" })
    .max(1440, { message: "must be at most 1440 (once a day)" })
    .default(60),
  DIGEST_HOUR: wholeNumber(0, 23, "an hour of the day, UTC").default(7),
  PRIMA_CLOCK: clockStart.optional(),
  IATI_REPORTING_ORG_REF: z.string().trim().min(1).max(100).default("XM-DAC-47066"),
  IATI_REPORTING_ORG_TYPE: z
    .enum(["10", "11", "15", "21", "22", "23", "24", "30", "40", "60", "70", "71", "72", "73", "80", "90"], {
      message: "must be an IATI OrganisationType code such as 40 (multilateral)",
    })
    .default("40"),
  IATI_REPORTING_ORG_NAME: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .default("International Organization for Migration"),
  IATI_FUND_NAME: z.string().trim().min(1).max(300).default("IOM Development Fund"),
  MAX_CONCURRENT_REQUESTS: wholeNumber(0, 1000, "0 turns the limit off").optional(),
  MAX_QUEUED_REQUESTS: wholeNumber(0, 10_000).optional(),
  MAX_QUEUE_WAIT_MS: wholeNumber(1, 60_000).default(2000),
  MAX_CONCURRENT_TRANSFERS: wholeNumber(0, 1000, "0 turns the limit off").default(4),
  OIDC_ISSUER: urlWithProtocols(["http:", "https:"], "https://login.microsoftonline.com/<tenant>/v2.0")
    // openid-client refuses plain http, rightly: the provider's answers say who signs in. A provider on
    // this machine (the end-to-end tests', a developer's) cannot be reached by anyone in between.
    .refine(
      (value) => !URL.canParse(value) || value.startsWith("https:") || LOOPBACK_HOSTS.has(bareHost(value)),
      {
        message: "must use https (plain http only for a provider on this machine, 127.0.0.1 or localhost)",
      },
    )
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  OIDC_NAME: z.string().trim().min(1).max(60, { message: "must be at most 60 characters" }).optional(),
  // A reviewer needs a region nobody could choose at first sign-in; administrator rights are given
  // by a person, never to everyone the provider knows.
  OIDC_DEFAULT_ROLE: z
    .enum(["viewer", "pm", "fund_manager"], { message: "must be viewer, pm or fund_manager" })
    .default("viewer"),
  OIDC_AUTO_CREATE: flag.optional(),
  OIDC_TRUST_EMAIL: flag.optional(),
  PASSWORD_LOGIN: flag.optional(),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /**
   * A PostgreSQL streaming replica for the portfolio's heavy reads (src/server/db/readReplica.ts);
   * ignored, with a warning at start, on the embedded database.
   */
  databaseReadUrl: string | null;
  /** How long a replica read waits for the replica to replay the user's last write, else the primary. */
  readReplicaMaxWaitMs: number;
  smtpUrl: string | null;
  mailFrom: string;
  publicUrl: string;
  sessionSecret: string | null;
  /** Demo data on an empty database: on by default only for the embedded database on loopback. */
  demo: boolean;
  /** Whom to believe about the client's address (X-Forwarded-For): nobody unless configured. */
  trustProxy: boolean | number | string[];
  /** Sign-in requests per minute per address, successes included: a flood guard kept in memory. */
  loginRateLimit: number;
  /** Forgotten-password requests per 15 minutes per client address. */
  passwordResetRateLimit: number;
  /** Failed sign-ins allowed per account and per address before a wait (auth/signInLimits.ts). */
  signInLimits: SignInLimits;
  /** The largest document a user may file, in bytes. */
  uploadMaxBytes: number;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Minutes between reminder runs of the server's scheduler; 0 turns the scheduler off. */
  reminderIntervalMinutes: number;
  /** From this hour of the day (UTC) the scheduler sends the day's notice digests (jobs/digests.ts). */
  digestHour: number;
  /**
   * When set, the server's clock starts at this instant and runs on from there (tests, demos,
   * training); otherwise the real clock.
   */
  clockStart: Date | null;
  /** Who publishes the IATI export, and the fund named as its funding organisation. */
  iati: { reportingOrgRef: string; reportingOrgType: string; reportingOrgName: string; fundName: string };
  /**
   * Overload protection of the API (src/server/http/admission.ts): requests in progress and
   * waiting at most, how long one waits, and the separate limit on file transfers. A concurrency
   * of 0 turns that lane off.
   */
  admission: {
    maxConcurrentRequests: number;
    maxQueuedRequests: number;
    maxQueueWaitMs: number;
    maxConcurrentTransfers: number;
  };
  /** Single sign-on with an OpenID Connect provider (auth/oidc.ts), or null when not configured. */
  oidc: OidcConfig | null;
  /** false: people sign in only with single sign-on; the password routes refuse. */
  passwordLogin: boolean;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The button's "Sign in with <name>". */
  name: string;
  /** The role of a person created at their first sign-in. */
  defaultRole: "viewer" | "pm" | "fund_manager";
  /** false: only people who already have an account may sign in. */
  autoCreate: boolean;
  /** Accept the provider's e-mail address without an email_verified claim (domain/sso.ts). */
  trustEmail: boolean;
}

const SECRET_VARIABLES = new Set([
  "SESSION_SECRET",
  "DATABASE_URL",
  "DATABASE_READ_URL",
  "SMTP_URL",
  "OIDC_CLIENT_SECRET",
]);

function parseTrustProxy(value: string): boolean | number | string[] {
  if (value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value.split(",").map((part) => part.trim());
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        // Secrets and URLs with passwords must not end up in logs.
        const shown = SECRET_VARIABLES.has(name) ? "" : ` (got ${JSON.stringify(present[name])})`;
        return `${name}: ${issue.message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const oidc = oidcConfig(e);
  const passwordLogin = e.PASSWORD_LOGIN ?? true;
  if (!passwordLogin && !oidc) {
    throw new ConfigError([
      "PASSWORD_LOGIN: false needs single sign-on (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET), or nobody could sign in",
    ]);
  }
  const databaseUrl = e.DATABASE_URL ?? null;
  const admissionDefaults = ADMISSION_DEFAULTS[databaseUrl ? "postgres" : "pglite"];
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl,
    databaseReadUrl: e.DATABASE_READ_URL ?? null,
    readReplicaMaxWaitMs: e.READ_REPLICA_MAX_WAIT_MS,
    smtpUrl: e.SMTP_URL ?? null,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    sessionSecret: e.SESSION_SECRET ?? null,
    // Demo accounts share a published password: never on by default where others can reach them.
    demo: e.PRIMA_DEMO ?? (databaseUrl === null && LOOPBACK_HOSTS.has(e.HOST)),
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    loginRateLimit: e.LOGIN_RATE_LIMIT,
    passwordResetRateLimit: e.PASSWORD_RESET_RATE_LIMIT,
    signInLimits: {
      accountFailures: e.LOGIN_ACCOUNT_FAILURES,
      addressFailures: e.LOGIN_ADDRESS_FAILURES,
      windowMinutes: e.LOGIN_FAILURE_WINDOW_MINUTES,
    },
    uploadMaxBytes: Math.round(e.UPLOAD_MAX_MB * 1024 * 1024),
    logLevel: e.LOG_LEVEL,
    reminderIntervalMinutes: e.REMINDER_INTERVAL_MINUTES,
    digestHour: e.DIGEST_HOUR,
    clockStart: e.PRIMA_CLOCK ?? null,
    iati: {
      reportingOrgRef: e.IATI_REPORTING_ORG_REF,
      reportingOrgType: e.IATI_REPORTING_ORG_TYPE,
      reportingOrgName: e.IATI_REPORTING_ORG_NAME,
      fundName: e.IATI_FUND_NAME,
    },
    admission: {
      maxConcurrentRequests: e.MAX_CONCURRENT_REQUESTS ?? admissionDefaults.maxConcurrentRequests,
      maxQueuedRequests: e.MAX_QUEUED_REQUESTS ?? admissionDefaults.maxQueuedRequests,
      maxQueueWaitMs: e.MAX_QUEUE_WAIT_MS,
      maxConcurrentTransfers: e.MAX_CONCURRENT_TRANSFERS,
    },
    oidc,
    passwordLogin,
  };
}

/** The three settings a provider needs come together: one or two alone are a mistake, not "off". */
function oidcConfig(e: z.infer<typeof envSchema>): OidcConfig | null {
  const required = {
    OIDC_ISSUER: e.OIDC_ISSUER,
    OIDC_CLIENT_ID: e.OIDC_CLIENT_ID,
    OIDC_CLIENT_SECRET: e.OIDC_CLIENT_SECRET,
  };
  const missing = Object.entries(required)
    .filter(([, value]) => value === undefined)
    .map(([name]) => name);
  if (missing.length === 3) return null;
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) {
    throw new ConfigError(
      missing.map(
        (name) => `${name}: single sign-on needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`,
      ),
    );
  }
  return {
    issuer: e.OIDC_ISSUER,
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    name: e.OIDC_NAME ?? defaultProviderName(e.OIDC_ISSUER),
    defaultRole: e.OIDC_DEFAULT_ROLE,
    autoCreate: e.OIDC_AUTO_CREATE ?? true,
    trustEmail: e.OIDC_TRUST_EMAIL ?? false,
  };
}
