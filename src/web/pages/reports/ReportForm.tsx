/**
 * The managers' form for a report: save a draft at any time while it is theirs, submit it to the
 * fund once its period has ended. Submitting saves first, so that what the fund reads is what the
 * screen shows; every problem the server finds is listed at once and marked at its input.
 */
import { Button, Group, Stack } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconDeviceFloppy, IconSend } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../domain/errors";
import { type ReportContentInput, type ReportDetail, reportContentInput } from "../../../domain/reports";
import { reportKeys, reportsApi, useDecideReport, useRememberReport, useSaveReport } from "../../api/reports";
import { SaveProblemAlert } from "../../components/SaveProblemAlert";
import { useEditBase } from "../../lib/editBase";
import { formFieldErrors } from "../../lib/fieldErrors";
import { firstInDocument, moveFocusTo } from "../../lib/focus";
import { formProblemOf } from "../../lib/formProblem";
import { useReferenceData } from "../../lib/reference";
import { FinancialFields } from "./FinancialFields";
import { NarrativeFields } from "./NarrativeFields";
import classes from "./Reports.module.css";
import { useReportErrorText } from "./reportErrors";
import { errorsByPath, formPath, type ReportFormValues, toInput, valuesOf } from "./reportValues";

type Problem =
  | { kind: "invalid" | "rules"; messages: string[] }
  | { kind: "conflict" | "forbidden" | "failed" };

export function ReportForm({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const errorText = useReportErrorText();
  const save = useSaveReport(report.id);
  const decide = useDecideReport(report.id);
  const remember = useRememberReport();
  const client = useQueryClient();
  const [problem, setProblem] = useState<Problem | null>(null);
  const [latest, setLatest] = useState<ReportDetail | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const [pending, setPending] = useState<"save" | "submit" | null>(null);

  const codes = useMemo(
    () => ({
      areas: (refs.reference?.areasOfWork ?? []).map((c) => c.code),
      activities: (refs.reference?.activityTypes ?? []).map((c) => c.code),
    }),
    [refs.reference],
  );
  const server = useMemo(
    () => ({ version: report.version, values: valuesOf(report, codes.areas, codes.activities) }),
    [report, codes],
  );
  const form = useForm<ReportFormValues>({ initialValues: server.values });
  // A new version (a save, an attachment, late reference data) never wipes what is typed.
  const edit = useEditBase(form, server);
  /** Starts over from a version the user asked for (the latest, after a conflict). */
  const startFrom = (latest: ReportDetail) => {
    remember(latest);
    edit.reset({ version: latest.version, values: valuesOf(latest, codes.areas, codes.activities) });
    setProblem(null);
  };

  const showAlert = (next: Problem) => {
    setProblem(next);
    requestAnimationFrame(() => moveFocusTo(alertRef.current, "start"));
  };

  /** Marks each error at its input; those the form cannot place are listed in the alert. */
  const place = (errors: readonly FieldError[], sent: ReportContentInput, kind: "invalid" | "rules") => {
    const values = form.getValues();
    form.setErrors(errorsByPath(errors, sent, values, errorText));
    const drawn = (e: FieldError) => {
      const path = formPath(e.field, sent, values);
      return path !== null && form.getInputNode(path) !== null;
    };
    // Submission rules are all listed, as a checklist; input problems only where no input shows them.
    showAlert({ kind, messages: errors.filter((e) => kind === "rules" || !drawn(e)).map(errorText) });
  };

  const onError = (error: unknown, sent: ReportContentInput) => {
    const next = formProblemOf<ReportDetail>(error);
    if (!next) return;
    if (next.kind === "conflict") {
      setLatest(next.latest);
      showAlert({ kind: "conflict" });
    } else if (next.kind === "invalid" || next.kind === "rules") {
      place(next.errors, sent, next.kind);
    } else {
      showAlert({ kind: next.kind });
    }
  };

  const run = async (intent: "save" | "submit") => {
    setProblem(null);
    setPending(intent);
    try {
      await saveThen(intent);
    } finally {
      setPending(null);
    }
  };

  const saveThen = async (intent: "save" | "submit") => {
    const values = form.getValues();
    const sent = toInput(report.kind, edit.version(), values);
    const local = reportContentInput.safeParse(sent, { reportInput: true });
    if (!local.success) {
      const errors = formFieldErrors(local.error);
      form.setErrors(errorsByPath(errors, sent, values, errorText));
      setProblem({ kind: "invalid", messages: [] });
      requestAnimationFrame(() =>
        moveFocusTo(
          firstInDocument(
            errors.map((e) => {
              const path = formPath(e.field, sent, values);
              return path ? form.getInputNode(path) : null;
            }),
          ),
        ),
      );
      return;
    }
    try {
      const saved = await save.mutateAsync(sent);
      edit.saved(values, { version: saved.version, values: valuesOf(saved, codes.areas, codes.activities) });
      if (intent === "save") {
        notifications.show({
          closeButtonProps: { "aria-label": t("reports.dismiss") },
          color: "green",
          title: t("reports.form.savedTitle"),
          message: t("reports.form.saved"),
        });
        return;
      }
      try {
        await decide.mutateAsync({ action: "submit", version: saved.version, comment: "" });
        notifications.show({
          closeButtonProps: { "aria-label": t("reports.dismiss") },
          color: "green",
          title: t("reports.form.submittedTitle"),
          message: t("reports.form.submitted"),
        });
      } catch (error) {
        onError(error, { ...sent, version: saved.version });
      }
    } catch (error) {
      onError(error, sent);
    }
  };

  /** Continues from the latest version, as the conflict alert says: the changes are made again on it. */
  const reload = async () => {
    if (latest) return startFrom(latest);
    try {
      startFrom(
        await client.fetchQuery({
          queryKey: reportKeys.detail(report.id),
          queryFn: () => reportsApi.report(report.id),
          staleTime: 0,
        }),
      );
    } catch {
      showAlert({ kind: "failed" });
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void run("save");
      }}
      noValidate
    >
      <Stack gap="md">
        {problem && (
          <SaveProblemAlert
            ref={alertRef}
            conflict={problem.kind === "conflict"}
            title={t(`reports.problem.${problem.kind}Title`)}
            text={t(`reports.problem.${problem.kind}`)}
            items={"messages" in problem ? problem.messages : []}
            reloadLabel={t("reports.problem.reload")}
            onReload={() => void reload()}
          />
        )}

        {report.kind === "narrative" ? (
          <NarrativeFields form={form} report={report} />
        ) : (
          <FinancialFields form={form} report={report} />
        )}

        <Group justify="flex-end" gap="sm" className={classes.actions}>
          {form.isDirty() && (
            <Button variant="default" onClick={() => form.reset()} disabled={pending !== null}>
              {t("reports.form.discard")}
            </Button>
          )}
          <Button
            type="submit"
            variant={report.can.submit ? "default" : "filled"}
            loading={pending === "save"}
            disabled={pending === "submit"}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            {t("reports.form.saveDraft")}
          </Button>
          {report.can.submit && (
            <Button
              onClick={() => void run("submit")}
              loading={pending === "submit"}
              disabled={pending === "save"}
              leftSection={<IconSend size={18} aria-hidden />}
            >
              {t("reports.form.submit")}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
