/**
 * The rest of the IATI Standard's activity rules that apply to PRIMA's export (issue 15,
 * section 6): identifiers, dates, financial (transactions, currencies, value dates),
 * percentages, texts and results. Each rule names its id in the Standard Ruleset the IATI
 * Validator applies (IATI/IATI-Rulesets, `rulesets/standard.json`); iatiRules.ts runs them with
 * its own rules on every activity of a file.
 */
import type { IsoDate } from "../../domain/calendar";

interface Org {
  ref: string | null;
  hasNarrative: boolean;
}

export interface IatiTransactionView {
  type: string;
  date: IsoDate;
  valueDate: IsoDate;
  currency: string | null;
  providers: Org[];
  receivers: Org[];
}

export interface IatiIndicatorView {
  measure: string;
  baselines: (string | null)[];
  periods: { start: IsoDate; end: IsoDate; targets: (string | null)[]; actuals: (string | null)[] }[];
}

/** What these rules read of an activity, beside the view iatiRules.ts keeps. */
export interface IatiActivityDetails {
  /** The identifier's text as written, spaces included. */
  rawIdentifier: string;
  reportingOrgRef: string;
  lastUpdated: string | null;
  defaultCurrency: string | null;
  defaultLanguage: string | null;
  dates: Map<string, IsoDate>;
  /** Narrative texts of the title, and of each description. */
  title: string[];
  descriptions: string[][];
  /** How many narrative elements have no xml:lang of their own. */
  narrativesWithoutLanguage: number;
  participatingOrgs: Org[];
  budgets: { start: IsoDate; end: IsoDate; valueDate: IsoDate; currency: string | null }[];
  transactions: IatiTransactionView[];
  /** Every value element's currency attribute (null when left out). */
  valueCurrencies: (string | null)[];
  countryPercentages: (number | null)[];
  regionPercentages: (number | null)[];
  sectorPercentages: (number | null)[];
  indicators: IatiIndicatorView[];
}

const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === 1 && (node as Element).localName === name,
  );
const descendants = (parent: Element, name: string): Element[] =>
  Array.from(parent.getElementsByTagName(name));
const isoDate = (parent: Element, name: string): IsoDate =>
  children(parent, name)[0]?.getAttribute("iso-date") ?? "";
const percent = (element: Element): number | null => {
  const text = element.getAttribute("percentage");
  return text === null ? null : Number(text);
};
const texts = (element: Element | undefined): string[] =>
  element ? children(element, "narrative").map((n) => n.textContent ?? "") : [];
const org = (element: Element): Org => ({
  ref: element.getAttribute("ref"),
  hasNarrative: texts(element).some((t) => t.trim() !== ""),
});
const XML_NS = "http://www.w3.org/XML/1998/namespace";
const lang = (element: Element) => element.getAttributeNS(XML_NS, "lang") ?? element.getAttribute("xml:lang");

export function readActivityDetails(activity: Element): IatiActivityDetails {
  const moneyOf = (parent: Element) => children(parent, "value")[0];
  return {
    rawIdentifier: children(activity, "iati-identifier")[0]?.textContent ?? "",
    reportingOrgRef: children(activity, "reporting-org")[0]?.getAttribute("ref") ?? "",
    lastUpdated: activity.getAttribute("last-updated-datetime"),
    defaultCurrency: activity.getAttribute("default-currency"),
    defaultLanguage: lang(activity) || null,
    dates: new Map(
      children(activity, "activity-date").map((d) => [
        d.getAttribute("type") ?? "",
        d.getAttribute("iso-date") ?? "",
      ]),
    ),
    title: texts(children(activity, "title")[0]),
    descriptions: children(activity, "description").map(texts),
    narrativesWithoutLanguage: descendants(activity, "narrative").filter((n) => !lang(n)).length,
    participatingOrgs: children(activity, "participating-org").map(org),
    budgets: children(activity, "budget").map((b) => ({
      start: isoDate(b, "period-start"),
      end: isoDate(b, "period-end"),
      valueDate: moneyOf(b)?.getAttribute("value-date") ?? "",
      currency: moneyOf(b)?.getAttribute("currency") ?? null,
    })),
    transactions: children(activity, "transaction").map((t) => ({
      type: children(t, "transaction-type")[0]?.getAttribute("code") ?? "",
      date: isoDate(t, "transaction-date"),
      valueDate: moneyOf(t)?.getAttribute("value-date") ?? "",
      currency: moneyOf(t)?.getAttribute("currency") ?? null,
      providers: children(t, "provider-org").map(org),
      receivers: children(t, "receiver-org").map(org),
    })),
    valueCurrencies: descendants(activity, "value").map((v) => v.getAttribute("currency")),
    countryPercentages: children(activity, "recipient-country").map(percent),
    regionPercentages: children(activity, "recipient-region").map(percent),
    sectorPercentages: children(activity, "sector").map(percent),
    indicators: descendants(activity, "indicator").map((i) => ({
      measure: i.getAttribute("measure") ?? "",
      baselines: children(i, "baseline").map((b) => b.getAttribute("value")),
      periods: children(i, "period").map((p) => ({
        start: isoDate(p, "period-start"),
        end: isoDate(p, "period-end"),
        targets: children(p, "target").map((t) => t.getAttribute("value")),
        actuals: children(p, "actual").map((a) => a.getAttribute("value")),
      })),
    })),
  };
}

export type StandardRule = {
  name: string;
  check: (activity: IatiActivityDetails, today: IsoDate) => string[];
};

const when = (failed: boolean, detail: string) => (failed ? [detail] : []);
/** date_order: `less` must not be after `more`; a missing date is not checked. */
const notAfter = (less: string | undefined, more: string | undefined) => !less || !more || less <= more;
const isNumber = (value: string) => value.trim() !== "" && Number.isFinite(Number(value));
/** Measures 1 unit, 2 percentage, 3 nominal, 4 ordinal carry numbers; 5 qualitative does not. */
const quantitative = (indicator: IatiIndicatorView) => ["1", "2", "3", "4"].includes(indicator.measure);

export const STANDARD_RULES: readonly StandardRule[] = [
  {
    // 1.1.3: the activity identifier must differ from the reporting organisation's identifier.
    name: "identifier differs from the reporting-org ref",
    check: (a) =>
      when(
        a.rawIdentifier.trim() === a.reportingOrgRef,
        `identifier ${a.rawIdentifier} is the organisation's`,
      ),
  },
  {
    // 1.1.21: the activity identifier begins with the reporting-org ref and a hyphen.
    name: "identifier starts with the reporting-org ref",
    check: (a) =>
      when(
        !a.rawIdentifier.trim().startsWith(`${a.reportingOrgRef}-`),
        `identifier ${a.rawIdentifier} does not start with ${a.reportingOrgRef}-`,
      ),
  },
  {
    // 1.3.1 (no spaces at either end) and 1.3.13 (none of / & | ?).
    name: "identifier has no spaces around it and no / & | ?",
    check: (a) =>
      when(
        a.rawIdentifier !== a.rawIdentifier.trim() || /[/&|?]/.test(a.rawIdentifier),
        `identifier "${a.rawIdentifier}" is not usable as written`,
      ),
  },
  {
    // 4.1.1: a default language, or a language on every narrative.
    name: "narratives have a language",
    check: (a) =>
      when(
        !a.defaultLanguage && a.narrativesWithoutLanguage > 0,
        `${a.narrativesWithoutLanguage} narratives without language`,
      ),
  },
  {
    // 4.3.1 and 4.4.1: the title and each description have narrative content.
    name: "title and descriptions have text",
    check: (a) => [
      ...when(!a.title.some((t) => t.trim()), "the title has no text"),
      ...a.descriptions.filter((d) => !d.some((t) => t.trim())).map(() => "a description has no text"),
    ],
  },
  {
    // 6.10.1: each participating organisation has an identifier or a narrative.
    name: "participating organisations are named",
    check: (a) =>
      a.participatingOrgs
        .filter((o) => !o.ref && !o.hasNarrative)
        .map(() => "a participating-org has no ref or name"),
  },
  {
    // 6.11.1: a planned or an actual start date.
    name: "activity has a start date",
    check: (a) => when(!a.dates.has("1") && !a.dates.has("2"), "no planned or actual start date"),
  },
  {
    // 11.1.1: the activity's last-updated-datetime is not in the future.
    name: "last updated not in the future",
    check: (a, today) =>
      when(
        !!a.lastUpdated && a.lastUpdated.slice(0, 10) > today,
        `last updated ${a.lastUpdated} is after ${today}`,
      ),
  },
  {
    // 11.1.2 (planned start not after planned end) and 11.1.3 (actual start not after actual end).
    name: "activity starts before it ends",
    check: (a) => [
      ...when(!notAfter(a.dates.get("1"), a.dates.get("3")), "planned start is after planned end"),
      ...when(!notAfter(a.dates.get("2"), a.dates.get("4")), "actual start is after actual end"),
    ],
  },
  {
    // 11.1.4 and 11.1.5: actual start and actual end are not in the future.
    name: "actual dates not in the future",
    check: (a, today) => [
      ...when(!notAfter(a.dates.get("2"), today), `actual start ${a.dates.get("2")} is after ${today}`),
      ...when(!notAfter(a.dates.get("4"), today), `actual end ${a.dates.get("4")} is after ${today}`),
    ],
  },
  {
    // 11.2.1 and 11.2.2: a transaction's date and value date are not in the future.
    name: "transaction dates not in the future",
    check: (a, today) =>
      a.transactions
        .filter((t) => !notAfter(t.date, today) || !notAfter(t.valueDate, today))
        .map((t) => `transaction ${t.type} of ${t.date} (value date ${t.valueDate}) is after ${today}`),
  },
  {
    // Transaction dates within sensible bounds (the Validator's date checks read dates from 1900
    // on): a date and a value date present, and expenditure not before the activity started, as
    // money cannot be spent on an activity that has not begun.
    name: "transaction dates within the activity's bounds",
    check: (a) => {
      const start = a.dates.get("2") ?? a.dates.get("1") ?? "";
      return a.transactions
        .filter(
          (t) => t.date < "1900-01-01" || t.valueDate < "1900-01-01" || (t.type === "4" && t.date < start),
        )
        .map((t) => `transaction ${t.type} of ${t.date} is outside the activity (from ${start})`);
    },
  },
  {
    // 11.3.1 (between_dates, stated for budget lines) read for activity budgets, as the Standard's
    // guidance asks: the value date lies within the budget's period.
    name: "budget value date within its period",
    check: (a) =>
      a.budgets
        .filter((b) => b.valueDate !== "" && (b.valueDate < b.start || b.valueDate > b.end))
        .map((b) => `budget ${b.start}..${b.end} is valued at ${b.valueDate}`),
  },
  {
    // 7.8.1: a default currency, or a currency on every value.
    name: "every value has a currency",
    check: (a) =>
      when(
        !a.defaultCurrency && a.valueCurrencies.some((c) => !c),
        "a value has no currency and there is no default",
      ),
  },
  {
    // 6.9.1 and 6.9.2 (stated for planned disbursements, and so for transactions): a provider or
    // receiver organisation has an identifier or a narrative.
    name: "transaction organisations are named",
    check: (a) =>
      a.transactions.flatMap((t) =>
        [...t.providers, ...t.receivers]
          .filter((o) => !o.ref && !o.hasNarrative)
          .map(() => `transaction ${t.type} of ${t.date} has an unnamed organisation`),
      ),
  },
  {
    // 12.1.1 (country and region) and 12.3.1 (sector): percentages between 0 and 100.
    name: "percentages between 0 and 100",
    check: (a) =>
      [...a.countryPercentages, ...a.regionPercentages, ...a.sectorPercentages]
        .filter((p) => p !== null && !(p >= 0 && p <= 100))
        .map((p) => `percentage ${p} is out of range`),
  },
  {
    // 3.1.4 (a single recipient country) and 2.1.4 (a single sector): percentage left out or 100.
    name: "a single country or sector is 100 %",
    check: (a) => [
      ...when(
        a.countryPercentages.length === 1 &&
          a.regionPercentages.length === 0 &&
          ![null, 100].includes(a.countryPercentages[0] ?? null),
        "the only recipient country is not 100 %",
      ),
      ...when(
        a.sectorPercentages.length === 1 && ![null, 100].includes(a.sectorPercentages[0] ?? null),
        "the only sector is not 100 %",
      ),
    ],
  },
  {
    // 8.6.1: an indicator period starts no later than it ends.
    name: "indicator period starts before it ends",
    check: (a) =>
      a.indicators.flatMap((i) =>
        i.periods
          .filter((p) => !notAfter(p.start, p.end))
          .map((p) => `indicator period ${p.start}..${p.end} is reversed`),
      ),
  },
  {
    // 8.8.1/8.8.2 (baseline), 8.9.1/8.9.2 (target) and 8.10.1/8.10.2 (actual): a quantitative
    // indicator gives each of them a numeric value.
    name: "quantitative indicators have numeric values",
    check: (a) =>
      a.indicators
        .filter(quantitative)
        .flatMap((i) =>
          [
            ...i.baselines.map((v) => ["baseline", v] as const),
            ...i.periods.flatMap((p) => [
              ...p.targets.map((v) => ["target", v] as const),
              ...p.actuals.map((v) => ["actual", v] as const),
            ]),
          ]
            .filter(([, v]) => v === null || !isNumber(v))
            .map(([what, v]) => `${what} value ${v ?? "missing"} is not a number`),
        ),
  },
];

/** The Validator's file check that an identifier is used by one activity only. */
export function duplicateIdentifiers(
  identifiers: readonly string[],
): { rule: string; activity: string; detail: string }[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of identifiers) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated].map((activity) => ({
    rule: "identifier unique in the file",
    activity,
    detail: `${identifiers.filter((i) => i === activity).length} activities share ${activity}`,
  }));
}
