/**
 * Choosing a file to file (a project's document, a report's attachment): the size and type are
 * checked here to spare a pointless upload, but the server is the authority, and whatever it
 * refuses is shown as it says.
 */
import { Alert, Input } from "@mantine/core";
import { useId } from "@mantine/hooks";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { ACCEPTED_DOCUMENT_TYPES } from "../../domain/documents";
import { isApiError } from "../api/client";
import { translateFieldError } from "../lib/fieldErrors";
import { formProblemOf } from "../lib/formProblem";
import { useWorkflowFormat } from "../lib/workflowFormat";
import classes from "./DocumentFilePicker.module.css";

/** The file types PRIMA files, as extensions ("pdf", "docx", …). */
export const EXTENSIONS = [...new Set(Object.values(ACCEPTED_DOCUMENT_TYPES).flat())];
const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(",");

/** The inputs of a filing form a refusal can point at. */
export type DocumentField = "kind" | "title" | "file";
export interface Refusal {
  /** The alert's text: what happened and what to do. */
  message: string;
  fields: Partial<Record<DocumentField, string>>;
}

/** Turns the server's refusal into words; the alert always says it, fields say where. */
export function useRefusal(maxBytes: number) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (error: unknown): Refusal | null => {
    if (isApiError(error, 413)) {
      const message = t("documents.tooLargeServer", { limit: format.bytes(maxBytes) });
      return { message, fields: { file: t("documents.fieldTooLarge", { limit: format.bytes(maxBytes) }) } };
    }
    if (isApiError(error, 415)) {
      const message = t("documents.unsupported", { types: EXTENSIONS.join(", ") });
      return { message, fields: { file: t("documents.fieldUnsupported") } };
    }
    if (isApiError(error, 507)) return { message: t("documents.storageFull"), fields: {} };
    // The transfer's own refusals are above; the rest is what every form meets.
    const refused = formProblemOf(error);
    if (refused === null) return null;
    if (refused.kind === "invalid") {
      const fields: Partial<Record<DocumentField, string>> = {};
      const lines: string[] = [];
      for (const fieldError of refused.errors) {
        const text =
          fieldError.code === "empty" ? t("documents.emptyFile") : translateFieldError(t, fieldError);
        lines.push(text);
        if (fieldError.field === "kind" || fieldError.field === "title" || fieldError.field === "file") {
          fields[fieldError.field] ??= text;
        }
      }
      return { message: lines.join(" "), fields };
    }
    if (refused.kind === "forbidden")
      return { message: refused.message ?? t("errors.forbidden"), fields: {} };
    return { message: t("documents.failed"), fields: {} };
  };
}

/** The file's own problems, before anything is sent. */
export function useFileCheck(maxBytes: number) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (file: File | null): string | undefined => {
    if (!file) return t("documents.chooseFile");
    if (file.size === 0) return t("documents.emptyFile");
    if (file.size > maxBytes) {
      return t("documents.tooLarge", {
        name: file.name,
        size: format.bytes(file.size),
        limit: format.bytes(maxBytes),
      });
    }
    const extension = file.name.includes(".") ? file.name.split(".").pop()?.toLowerCase() : undefined;
    if (!extension || !EXTENSIONS.includes(extension)) {
      return t("documents.unsupported", { types: EXTENSIONS.join(", ") });
    }
    return undefined;
  };
}

/**
 * The browser's own file input under a Mantine label: keyboard, screen readers, drag and drop and
 * automation all know it, which a button standing in for it cannot promise.
 */
export function FilePicker({
  label,
  error,
  required,
  onChange,
}: {
  label: string;
  error: string | undefined;
  required?: boolean;
  onChange: (file: File | null) => void;
}) {
  const id = useId();
  return (
    <Input.Wrapper label={label} error={error} id={id} withAsterisk={false}>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        className={classes.file}
        data-invalid={error ? true : undefined}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
      />
    </Input.Wrapper>
  );
}

/** What the server refused and why, above the form that sent it. */
export function RefusalAlert({ refusal }: { refusal: Refusal | null }) {
  const { t } = useTranslation();
  if (!refusal) return null;
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t("documents.refusedTitle")}
    >
      {refusal.message}
    </Alert>
  );
}
