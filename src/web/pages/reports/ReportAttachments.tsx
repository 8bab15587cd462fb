/**
 * The documents filed with a report (they are in the project's filing too), and for the managers
 * a form to attach one. The checks and refusals are those of the project's filing.
 */
import { Anchor, Button, Group, Skeleton, Stack, Text, TextInput, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { IconDownload, IconUpload } from "@tabler/icons-react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { ACCEPTED_DOCUMENT_TYPES, DOCUMENT_TITLE_MAX } from "../../../domain/documents";
import type { ReportDetail } from "../../../domain/reports";
import { useAttachToReport } from "../../api/reports";
import { useProjectDocuments } from "../../api/workflow";
import { FilePicker, RefusalAlert, useFileCheck, useRefusal } from "../../components/DocumentFilePicker";
import { Section } from "../../components/Section";
import { useWorkflowFormat } from "../../lib/workflowFormat";

export function ReportAttachments({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (
    <Section title={t("reports.attachments.title")}>
      <Stack gap="lg">
        {report.documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("reports.attachments.empty")}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: "none" }}>
            {report.documents.map((document) => {
              const latest = document.versions[0];
              return (
                <li key={document.id}>
                  <Group gap="xs" align="baseline" wrap="wrap">
                    {latest ? (
                      <Anchor
                        href={latest.downloadUrl}
                        download={latest.filename}
                        size="sm"
                        fw={600}
                        aria-label={t("reports.attachments.download", {
                          title: document.title,
                          version: latest.version,
                        })}
                      >
                        <Group gap={4} component="span" wrap="nowrap">
                          <IconDownload size={16} aria-hidden />
                          {document.title}
                        </Group>
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {document.title}
                      </Text>
                    )}
                    {latest && (
                      <Text size="xs" c="dimmed">
                        {latest.filename} · {format.bytes(latest.sizeBytes)} ·{" "}
                        {t("reports.attachments.uploadedBy", {
                          name: latest.uploadedBy?.name ?? t("history.system"),
                          date: format.moment(latest.uploadedAt),
                        })}
                      </Text>
                    )}
                  </Group>
                </li>
              );
            })}
          </Stack>
        )}
        {report.can.edit && <AttachForm report={report} />}
      </Stack>
    </Section>
  );
}

const EXTENSIONS = [...new Set(Object.values(ACCEPTED_DOCUMENT_TYPES).flat())].join(", ");

function AttachForm({ report }: { report: ReportDetail }) {
  // The filing's size limit comes with the project's document list (shared, cached).
  const documents = useProjectDocuments(report.projectId);
  if (!documents.data) return <Skeleton height={80} />;
  return <AttachFields report={report} maxBytes={documents.data.maxBytes} />;
}

function AttachFields({ report, maxBytes }: { report: ReportDetail; maxBytes: number }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const attach = useAttachToReport(report.projectId, report.id);
  const explain = useRefusal(maxBytes);
  const checkFile = useFileCheck(maxBytes);
  const [title, setTitle] = useState("");
  const [file, setFile] = useState<File | null>(null);
  // A file input cannot be emptied from React; a new one replaces it after a filing.
  const [fileKey, setFileKey] = useState(0);
  const [errors, setErrors] = useState<{ title?: string; file?: string }>({});
  const [refusal, setRefusal] = useState<ReturnType<typeof explain>>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    const local = {
      title: title.trim() === "" ? t("errors.required") : undefined,
      file: checkFile(file),
    };
    setErrors(local);
    if (local.title || local.file || !file) return;
    attach.mutate(
      { title: title.trim(), file },
      {
        onSuccess: (document) => {
          notifications.show({
            closeButtonProps: { "aria-label": t("reports.dismiss") },
            color: "green",
            title: t("reports.attachments.attachedTitle"),
            message: t("reports.attachments.attached", { title: document.title }),
          });
          setTitle("");
          setFile(null);
          setFileKey((k) => k + 1);
        },
        onError: (error) => {
          const next = explain(error);
          setRefusal(next);
          setErrors({ title: next?.fields.title, file: next?.fields.file });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("reports.attachments.attach")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("documents.limit", { limit: format.bytes(maxBytes), types: EXTENSIONS })}
        </Text>
        <RefusalAlert refusal={refusal} />
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false}>
          <TextInput
            label={t("reports.attachments.titleLabel")}
            value={title}
            maxLength={DOCUMENT_TITLE_MAX}
            onChange={(event) => setTitle(event.currentTarget.value)}
            error={errors.title}
            required
          />
          <FilePicker
            key={fileKey}
            label={t("reports.attachments.file")}
            error={errors.file}
            required
            onChange={(value) => {
              setFile(value);
              setErrors((e) => ({ ...e, file: value ? checkFile(value) : undefined }));
            }}
          />
        </Group>
        <Group>
          <Button
            type="submit"
            variant="light"
            loading={attach.isPending}
            leftSection={<IconUpload size={18} aria-hidden />}
          >
            {t("reports.attachments.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
