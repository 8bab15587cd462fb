/**
 * A project field's value as the audit trail stores it (strings, numbers, lists of shares,
 * beneficiary groups, ids), written for a person: names instead of codes, money, dates.
 */
import { Anchor, Text } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectDetail } from "../../../../domain/project";
import { useManagerNames } from "../../../api/workflow";
import { useFormat } from "../../../lib/format";
import { PROJECT_FIELD_LABELS } from "../../../lib/projectFieldLabels";
import { useReferenceData } from "../../../lib/reference";
import classes from "./workflow.module.css";

/** The form's labels, plus the fields the history holds that the form does not edit. */
const FIELD_LABELS: Record<string, string> = {
  ...PROJECT_FIELD_LABELS,
  status: "project.status",
  approvedBudget: "project.approvedBudget",
};

export function fieldLabel(t: TFunction, field: string): string {
  const key = FIELD_LABELS[field];
  return key ? t(key) : t(`workflow.fields.${field}`, { defaultValue: field });
}

/** The API speaks percent; the audit trail may store hundredths of a percent (7000 = 70 %). */
interface Share {
  code: string;
  percent?: number;
  shareHundredths?: number;
}
interface Beneficiary {
  type: string;
  sex: string;
  ageGroup: string;
  number: number;
}

function isShare(value: unknown): value is Share {
  return (
    typeof value === "object" &&
    value !== null &&
    "code" in value &&
    ("percent" in value || "shareHundredths" in value)
  );
}

function sharePercent(share: Share): number {
  return typeof share.percent === "number" ? share.percent : (share.shareHundredths ?? 0) / 100;
}
function isBeneficiary(value: unknown): value is Beneficiary {
  return typeof value === "object" && value !== null && "type" in value && "number" in value;
}

/** Beyond this many characters a value in the history is cut; the whole of it is in the title. */
const COMPACT_LENGTH = 140;

const PEOPLE_FIELDS = new Set(["pmId", "altPmId"]);

/** Whether rendering these fields needs the list of managers (to name a PM by id). */
export function needsManagers(fields: readonly string[]): boolean {
  return fields.some((f) => PEOPLE_FIELDS.has(f));
}

/** The value as lines of text; lists give one line per item. */
export function useFieldText(project: ProjectDetail, withManagers: boolean) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  // Reviewers may not list managers; the project's own people still get their names.
  const managers = useManagerNames(withManagers);
  const people = new Map<string, string>();
  for (const person of [project.pm, project.altPm]) if (person) people.set(person.id, person.name);
  for (const person of managers.data ?? []) people.set(person.id, person.name);

  return (field: string, value: unknown): string[] => {
    if (value === null || value === undefined || value === "") return [];
    if (Array.isArray(value)) {
      return value.map((item) => {
        if (isShare(item)) {
          const list = field === "activityShares" ? "activityTypes" : "areasOfWork";
          return `${refs.name(list, item.code)} ${format.percent(sharePercent(item))}`;
        }
        if (isBeneficiary(item)) {
          return t("workflow.beneficiaryLine", {
            type: refs.name("beneficiaryTypes", item.type),
            sex: t(`sex.${item.sex}`),
            ageGroup: t(`ageGroup.${item.ageGroup}`),
            number: format.number(item.number),
          });
        }
        if (field === "countries") return refs.name("countries", String(item));
        // The budget by year: one amount per year of the project.
        if (field === "budgetYears") return format.money(String(item));
        if (field === "migof") return refs.name("migof", String(item));
        if (field === "strategyPoints") return t("project.strategyPoint", { number: item });
        return typeof item === "object" ? JSON.stringify(item) : String(item);
      });
    }
    const text = String(value);
    switch (field) {
      case "requestedBudget":
      case "approvedBudget":
        return [format.money(text)];
      case "plannedStart":
      case "plannedEnd":
      case "actualStart":
      case "actualEnd":
        return [format.date(text)];
      case "type":
        return [t(`type.${text}`, { defaultValue: text })];
      case "status":
        return [t(`status.${text}`, { defaultValue: text })];
      case "region":
        return [refs.name("regions", text)];
      case "fundLine":
        return [refs.name("fundLines", text)];
      case "genderMarker":
        return [refs.name("genderMarkers", text)];
      case "pmId":
      case "altPmId":
        return [people.get(text) ?? t("workflow.unknownPerson")];
      default:
        return [typeof value === "object" ? JSON.stringify(value) : text];
    }
  };
}

/**
 * One value in a table cell or a history line; an empty value says so. `compact` shortens long
 * texts, for the history where a summary's whole text would drown the other entries.
 */
export function FieldValue({
  field,
  lines,
  compact = false,
}: {
  field: string;
  lines: string[];
  compact?: boolean;
}) {
  const { t } = useTranslation();
  if (lines.length === 0) {
    return (
      <Text span size="sm" c="dimmed">
        {t("common.none")}
      </Text>
    );
  }
  if (field === "followUpOfId" && lines[0]) {
    return (
      <Anchor component={Link} to={`/projects/${lines[0]}`} size="sm">
        {t("workflow.followUpLink")}
      </Anchor>
    );
  }
  if (compact) {
    const text = lines.join("; ");
    const short = text.length > COMPACT_LENGTH ? `${text.slice(0, COMPACT_LENGTH).trimEnd()}…` : text;
    return (
      <Text span size="sm" title={short === text ? undefined : text}>
        {short}
      </Text>
    );
  }
  if (lines.length === 1) {
    return (
      <Text span size="sm" className={classes.prose}>
        {lines[0]}
      </Text>
    );
  }
  return (
    <ul className={classes.lines}>
      {lines.map((line, index) => (
        // Lines may repeat (two groups alike); their position is their identity.
        // biome-ignore lint/suspicious/noArrayIndexKey: the list is rendered whole, never reordered
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
}
