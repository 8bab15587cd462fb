/**
 * The cryptography of two-factor sign-in. The TOTP secret is kept encrypted (AES-256-GCM, key derived
 * from the session secret) rather than hashed, because checking a code needs the secret itself; a
 * copy of the database without SESSION_SECRET gives no working authenticator. It is shown to its
 * person only while setting up, and no route returns it afterwards. Recovery codes are random,
 * shown once and kept as their HMAC, like sessions and account links.
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import {
  isFreshStep,
  normalizeRecoveryCode,
  RECOVERY_CODE_COUNT,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW,
} from "../../domain/twoFactor";
import { hashToken } from "./sessions";

function encryptionKey(sessionSecret: string): Buffer {
  return createHmac("sha256", sessionSecret).update("prima two-factor secret").digest();
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function encryptSecret(sessionSecret: string, base32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", encryptionKey(sessionSecret), iv);
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** Null when the secret cannot be read (SESSION_SECRET changed): no code can match then. */
export function decryptSecret(sessionSecret: string, stored: string): string | null {
  const [iv, tag, body] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", encryptionKey(sessionSecret), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

function totp(base32: string, label = "PRIMA") {
  return new TOTP({
    issuer: "PRIMA",
    label,
    algorithm: "SHA1",
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(base32),
  });
}

/**
 * The 30-second step a code was made for, when it is within ±1 step of now and newer than the last
 * step used; otherwise null. The caller stores the step so that the code works once.
 */
export function acceptedStep(
  base32: string,
  code: string,
  now: Date,
  lastUsedStep: number | null,
): number | null {
  const delta = totp(base32).validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
  return isFreshStep(step, lastUsedStep) ? step : null;
}

export async function setupDetails(base32: string, email: string) {
  const otpauthUrl = totp(base32, email).toString();
  const svg = await QRCode.toString(otpauthUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return {
    secret: base32,
    otpauthUrl,
    qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`,
  };
}

// Without 0/o and 1/l/i, so that a code read from paper is typed right.
const ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";

/** Ten codes of 10 characters (about 50 bits each), grouped for reading: "k7m2-9xq4-p3". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = [...randomBytes(10)].map((byte) => ALPHABET[byte % ALPHABET.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
  });
}

export function hashRecoveryCode(sessionSecret: string, code: string): string {
  return hashToken(sessionSecret, `recovery:${normalizeRecoveryCode(code)}`);
}
