/**
 * Filing a document or a new version of one; the file's checks and the server's refusals are
 * those of components/DocumentFilePicker.
 */
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  DOCUMENT_KINDS,
  DOCUMENT_TITLE_MAX,
  type DocumentKind,
  type ProjectDocument,
} from "../../../../domain/documents";
import type { ProjectDetail } from "../../../../domain/project";
import { useUploadDocument, useUploadVersion } from "../../../api/workflow";
import {
  type DocumentField,
  EXTENSIONS,
  FilePicker,
  type Refusal,
  RefusalAlert,
  useFileCheck,
  useRefusal,
} from "../../../components/DocumentFilePicker";
import { useWorkflowFormat } from "../../../lib/workflowFormat";

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
  const [errors, setErrors] = useState<Partial<Record<DocumentField, string>>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const local: Partial<Record<DocumentField, string>> = {};
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
