/**
 * Filing a document or a new version of one. The size and type are checked here to spare a
 * pointless upload, but the server is the authority: whatever it refuses is shown as it says.
 */
import {
  Alert,
  Button,
  Group,
  Input,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  ACCEPTED_DOCUMENT_TYPES,
  DOCUMENT_KINDS,
  DOCUMENT_TITLE_MAX,
  type DocumentKind,
  type ProjectDocument,
} from "../../../../domain/documents";
import type { ProjectDetail } from "../../../../domain/project";
import { isApiError } from "../../../api/client";
import { useUploadDocument, useUploadVersion } from "../../../api/workflow";
import { translateFieldError } from "../../../lib/fieldErrors";
import { useWorkflowFormat } from "./format";
import classes from "./workflow.module.css";

const EXTENSIONS = [...new Set(Object.values(ACCEPTED_DOCUMENT_TYPES).flat())];
const ACCEPT = EXTENSIONS.map((e) => `.${e}`).join(",");

type Field = "kind" | "title" | "file";
interface Refusal {
  /** The alert's text: what happened and what to do. */
  message: string;
  fields: Partial<Record<Field, string>>;
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
    if (isApiError(error, 400)) {
      const fields: Partial<Record<Field, string>> = {};
      const lines: string[] = [];
      for (const fieldError of error.fields) {
        const text =
          fieldError.code === "empty" ? t("documents.emptyFile") : translateFieldError(t, fieldError);
        lines.push(text);
        if (fieldError.field === "kind" || fieldError.field === "title" || fieldError.field === "file") {
          fields[fieldError.field] ??= text;
        }
      }
      return { message: lines.join(" ") || error.message, fields };
    }
    if (isApiError(error, 507)) return { message: t("documents.storageFull"), fields: {} };
    if (isApiError(error, 403)) return { message: error.body?.message ?? t("errors.forbidden"), fields: {} };
    if (isApiError(error, 401)) return null;
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

export function DocumentUploadForm({ project, maxBytes }: { project: ProjectDetail; maxBytes: number }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const upload = useUploadDocument(project.id);
  const explain = useRefusal(maxBytes);
  const checkFile = useFileCheck(maxBytes);
  const [kind, setKind] = useState<DocumentKind | null>(null);
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  // A file input cannot be emptied from React; a new one replaces it after a filing.
  const [fileKey, setFileKey] = useState(0);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const local: Partial<Record<Field, string>> = {};
    if (!kind) local.kind = t("errors.required");
    if (title.trim() === "") local.title = t("errors.required");
    const fileProblem = checkFile(file);
    if (fileProblem) local.file = fileProblem;
    setErrors(local);
    if (!kind || !file || Object.keys(local).length > 0) return;
    upload.mutate(
      { kind, title: title.trim(), file },
      {
        onSuccess: (document) => {
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("workflow.dismiss") },
            title: t("documents.filedTitle"),
            message: t("documents.filed", {
              title: document.title,
              version: document.versions[0]?.version ?? 1,
            }),
          });
          setKind(null);
          setTitle("");
          setFile(null);
          setFileKey((k) => k + 1);
        },
        onError: (error) => {
          const next = explain(error);
          setRefusal(next);
          setErrors(next?.fields ?? {});
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("documents.fileNew")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("documents.limit", { limit: format.bytes(maxBytes), types: EXTENSIONS.join(", ") })}
        </Text>
        <RefusalAlert refusal={refusal} />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t("documents.kindLabel")}
            data={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`documents.kind.${k}`) }))}
            value={kind}
            onChange={(value) => setKind(value as DocumentKind | null)}
            error={errors.kind}
            required
          />
          <TextInput
            label={t("documents.titleLabel")}
            value={title}
            maxLength={DOCUMENT_TITLE_MAX}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            required
          />
          <FilePicker
            key={fileKey}
            label={t("documents.file")}
            error={errors.file}
            required
            onChange={(value) => {
              setFile(value);
              setErrors((e) => ({ ...e, file: value ? checkFile(value) : undefined }));
            }}
          />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={upload.isPending} leftSection={<IconUpload size={18} aria-hidden />}>
            {t("documents.upload")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function NewVersionForm({
  project,
  document,
  maxBytes,
  onDone,
}: {
  project: ProjectDetail;
  document: ProjectDocument;
  maxBytes: number;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const upload = useUploadVersion(project.id);
  const explain = useRefusal(maxBytes);
  const checkFile = useFileCheck(maxBytes);
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const problem = checkFile(file);
    setError(problem);
    if (problem || !file) return;
    upload.mutate(
      { documentId: document.id, file },
      {
        onSuccess: (updated) => {
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("workflow.dismiss") },
            title: t("documents.filedTitle"),
            message: t("documents.filed", {
              title: updated.title,
              version: updated.versions[0]?.version ?? 1,
            }),
          });
          onDone();
        },
        onError: (failure) => {
          const next = explain(failure);
          setRefusal(next);
          setError(next?.fields.file);
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs" maw={480}>
        <RefusalAlert refusal={refusal} />
        <FilePicker
          label={t("documents.newVersionOf", { title: document.title })}
          error={error}
          onChange={(value) => {
            setFile(value);
            setError(value ? checkFile(value) : undefined);
          }}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={upload.isPending}>
            {t("documents.addVersion")}
          </Button>
          <Button variant="default" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
