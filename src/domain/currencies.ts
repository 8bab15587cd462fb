/**
 * Currencies (issue 15 §5): the ISO 4217 codes of IATI's Currency code list, each with its number
 * of minor-unit digits (its exponent). Amounts in a currency are integers of its minor unit: JPY
 * has none (yen), KWD three (fils), most two (cents). Parsing and formatting never go through
 * floating point.
 */

/** Currencies whose minor unit is not the hundredth (ISO 4217); every other listed one has two decimals. */
const EXPONENT_EXCEPTIONS: Record<string, number> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
};

/** IATI 2.03 Currency code list, less XBT (not an ISO 4217 currency) and withdrawn codes. */
const CODES =
  "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHF CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SSP SRD STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYI UYU UZS VED VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW ZWL";

export const CURRENCY_CODES: readonly string[] = CODES.split(" ");
const KNOWN = new Set(CURRENCY_CODES);

/** The fund's own currency: amounts in USD need no rate. */
export const BASE_CURRENCY = "USD";

export function isCurrency(code: string): boolean {
  return KNOWN.has(code);
}

/** The number of decimals of the currency's minor unit (2 when not an exception). */
export function currencyExponent(code: string): number {
  return EXPONENT_EXCEPTIONS[code] ?? 2;
}

/** The largest amount PRIMA accepts in any currency, in major units: catches typos, stays exact. */
export const MAX_MAJOR_UNITS = 1_000_000_000_000n;

/**
 * Parses "1234.5" in a currency into its minor units (BigInt), or null when it is not an amount
 * of that currency: not a plain non-negative decimal, or more decimals than the currency has.
 */
export function parseAmount(text: string, currency: string): bigint | null {
  const exponent = currencyExponent(currency);
  const match = /^(\d{1,15})(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const fraction = match[2] ?? "";
  if (fraction.length > exponent) return null;
  const unit = 10n ** BigInt(exponent);
  const minor = BigInt(match[1] as string) * unit + BigInt(fraction.padEnd(exponent, "0") || "0");
  return minor > MAX_MAJOR_UNITS * unit ? null : minor;
}

/** Formats minor units with exactly the currency's decimals ("1500", "12.50", "0.125"). */
export function formatAmount(minor: bigint, currency: string): string {
  const exponent = currencyExponent(currency);
  const sign = minor < 0n ? "-" : "";
  const abs = minor < 0n ? -minor : minor;
  if (exponent === 0) return `${sign}${abs}`;
  const unit = 10n ** BigInt(exponent);
  return `${sign}${abs / unit}.${String(abs % unit).padStart(exponent, "0")}`;
}

/** Why an amount text is not an amount of the currency, as a field error code, or null when it is. */
export function amountProblem(text: string, currency: string): "money" | "currencyDecimals" | null {
  if (parseAmount(text, currency) !== null) return null;
  const plain = /^\d{1,15}\.(\d+)$/.exec(text.trim());
  return plain && Number(text) <= Number(MAX_MAJOR_UNITS) ? "currencyDecimals" : "money";
}
