/**
 * The fund's reporting rules, one set per fund line: how often interim reports fall due, how long
 * after a period or the end date reports are due, and when managers are reminded. Everyone reads
 * them; the fund manager edits them (each save is versioned and audited).
 */
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconInfoCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../domain/errors";
import {
  type ReportingRulesInput,
  type ReportingRulesItem,
  reportingRulesInput,
} from "../../../domain/reports";
import {
  reportKeys,
  reportsApi,
  useRememberReportingRules,
  useReportingRules,
  useSaveReportingRules,
} from "../../api/reports";
import { loadFailure, QueryError, RefreshFailed } from "../../components/QueryError";
import { SaveProblemAlert } from "../../components/SaveProblemAlert";
import { Section } from "../../components/Section";
import { useEditBase } from "../../lib/editBase";
import { formFieldErrors, translateFieldError } from "../../lib/fieldErrors";
import { useReferenceData } from "../../lib/reference";
import { useSaveProblem } from "../../lib/useSaveProblem";
import { useWorkflowFormat } from "../../lib/workflowFormat";
import { ReportingRulesTable } from "./ReportingRulesTable";

const NUMBER_FIELDS = ["interimPeriodMonths", "interimDueDays", "finalDueDays", "overdueRepeatDays"] as const;
type NumberField = (typeof NUMBER_FIELDS)[number];
/** The order of the inputs: the schedule, then the reminders before and after the due date. */
const FIELD_ORDER = [
  "interimPeriodMonths",
  "interimDueDays",
  "finalDueDays",
  "reminderLeadDays",
  "overdueRepeatDays",
] as const;

type Values = Record<NumberField, number | string> & { reminderLeadDays: string };

function valuesOf(rules: ReportingRulesItem): Values {
  return {
    interimPeriodMonths: rules.interimPeriodMonths,
    interimDueDays: rules.interimDueDays,
    finalDueDays: rules.finalDueDays,
    overdueRepeatDays: rules.overdueRepeatDays,
    reminderLeadDays: rules.reminderLeadDays.join(", "),
  };
}

/** "30, 7" → [30, 7]; null when an entry is not a whole number. */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  return parts.every((part) => /^\d+$/.test(part)) ? parts.map(Number) : null;
}

function toInput(values: Values, version: number): ReportingRulesInput {
  const number = (value: number | string) =>
    value === "" ? (undefined as unknown as number) : Number(value);
  return {
    version,
    interimPeriodMonths: number(values.interimPeriodMonths),
    interimDueDays: number(values.interimDueDays),
    finalDueDays: number(values.finalDueDays),
    overdueRepeatDays: number(values.overdueRepeatDays),
    reminderLeadDays: parseDays(values.reminderLeadDays) ?? [],
  };
}

export function ReportingRulesPanel() {
  const { t } = useTranslation();
  const rules = useReportingRules();
  const items = rules.data?.items ?? [];
  return (
    <Section title={t("reports.reportingRules.title")}>
      <Stack gap="md">
        <Text size="sm" c="dimmed" maw={820}>
          {t("reports.reportingRules.intro")}
        </Text>
        <Alert variant="light" color="prima" icon={<IconInfoCircle aria-hidden />}>
          <Text size="sm">{t("reports.reportingRules.note")}</Text>
        </Alert>
        <RefreshFailed query={rules} />
        {rules.isLoading ? null : loadFailure(rules) ? (
          <QueryError error={rules.error} onRetry={() => void rules.refetch()} />
        ) : items.length === 0 ? (
          <Text size="sm">{t("reports.reportingRules.empty")}</Text>
        ) : rules.data?.can.edit ? (
          items.map((item) => <RulesEditor key={item.fundLine} rules={item} />)
        ) : (
          <ReportingRulesTable items={items} />
        )}
      </Stack>
    </Section>
  );
}

/** The fund manager's form for one fund line's rules. */
function RulesEditor({ rules }: { rules: ReportingRulesItem }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const moments = useWorkflowFormat();
  const line = refs.name("fundLines", rules.fundLine);
  const save = useSaveReportingRules(rules.fundLine);
  const remember = useRememberReportingRules();
  const client = useQueryClient();

  const errorsOf = (errors: readonly FieldError[]) => {
    const map: Record<string, string> = {};
    // An entry of the reminder list is reported on the list's input.
    for (const error of errors) map[error.field.split(".")[0] ?? ""] ??= translateFieldError(t, error);
    return map;
  };
  const server = useMemo(() => ({ version: rules.version, values: valuesOf(rules) }), [rules]);
  const form = useForm<Values>({
    initialValues: server.values,
    validate: (values) => {
      if (parseDays(values.reminderLeadDays) === null) {
        return { reminderLeadDays: t("reports.reportingRules.invalidList") };
      }
      const result = reportingRulesInput.safeParse(toInput(values, edit.version()), { reportInput: true });
      return result.success ? {} : errorsOf(formFieldErrors(result.error));
    },
  });
  // A refetch never wipes what is typed; a save or "load the latest version" moves the form on.
  const edit = useEditBase(form, server);

  // Every input is a top-level field; an error on none of them (field "") goes to the alert.
  const { problem, setProblem, alertRef, onError, onInvalidInput, reload } =
    useSaveProblem<ReportingRulesItem>({
      showAtInputs: (errors) => form.setErrors(errorsOf(errors)),
      isDrawn: (field) => field !== "",
      fetchLatest: async () =>
        (
          await client.fetchQuery({ queryKey: reportKeys.rules, queryFn: reportsApi.rules, staleTime: 0 })
        ).items.find((item) => item.fundLine === rules.fundLine),
      startOver: (next) => {
        remember(next);
        edit.reset({ version: next.version, values: valuesOf(next) });
      },
    });

  const submit = form.onSubmit(
    (values) => {
      setProblem(null);
      save.mutate(toInput(values, edit.version()), {
        onSuccess: (saved) => {
          edit.saved(values, { version: saved.version, values: valuesOf(saved) });
          setProblem(null);
          notifications.show({
            closeButtonProps: { "aria-label": t("reports.dismiss") },
            color: "green",
            title: t("reports.reportingRules.savedTitle"),
            message: t("reports.reportingRules.saved", { line }),
          });
        },
        onError,
      });
    },
    (errors) => onInvalidInput(form, errors),
  );

  return (
    <Paper p="md" component="form" onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Group justify="space-between" align="baseline" gap="xs">
          <Title order={3} size="h5">
            {t("reports.reportingRules.line", { line })}
          </Title>
          {rules.updatedAt && (
            <Text size="xs" c="dimmed">
              {rules.updatedBy
                ? t("fundSettings.lastChangeBy", {
                    date: moments.moment(rules.updatedAt),
                    name: rules.updatedBy.name,
                  })
                : t("fundSettings.lastChange", { date: moments.moment(rules.updatedAt) })}
            </Text>
          )}
        </Group>
        {problem && (
          <SaveProblemAlert
            ref={alertRef}
            conflict={problem.kind === "conflict"}
            title={t(`reports.reportingRules.problem.${problem.kind}Title`)}
            text={t(`reports.reportingRules.problem.${problem.kind}`)}
            items={problem.kind === "invalid" ? problem.errors.map((e) => translateFieldError(t, e)) : []}
            reloadLabel={t("reports.problem.reload")}
            onReload={() => void reload()}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {FIELD_ORDER.map((field) =>
            field === "reminderLeadDays" ? (
              <TextInput
                key={field}
                label={t("reports.reportingRules.reminderLeadDays")}
                description={t("reports.reportingRules.reminderHelp")}
                inputMode="numeric"
                {...form.getInputProps(field)}
              />
            ) : (
              <NumberInput
                key={field}
                label={t(`reports.reportingRules.${field}`)}
                allowDecimal={false}
                allowNegative={false}
                min={field === "interimPeriodMonths" || field === "overdueRepeatDays" ? 1 : 0}
                {...form.getInputProps(field)}
              />
            ),
          )}
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {form.isDirty() && (
            <Button variant="default" onClick={() => form.reset()} disabled={save.isPending}>
              {t("fundSettings.discard")}
            </Button>
          )}
          <Button type="submit" loading={save.isPending}>
            {t("reports.reportingRules.save", { line })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
