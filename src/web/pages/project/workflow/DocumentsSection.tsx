/**
 * The project's filing: each document with its versions (newest first), a fingerprint to check a
 * copy against, and for the project's participants a form to file a document or a new version.
 */
import { Anchor, Badge, Button, Collapse, Group, Skeleton, Stack, Table, Text } from "@mantine/core";
import { IconChevronDown, IconChevronUp, IconDownload, IconFilePlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDocument } from "../../../../domain/documents";
import type { ProjectDetail } from "../../../../domain/project";
import { useProjectDocuments } from "../../../api/workflow";
import { loadFailure, QueryError } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import { DocumentUploadForm, NewVersionForm } from "./DocumentUpload";
import classes from "./workflow.module.css";

type Version = ProjectDocument["versions"][number];

/** The start of the fingerprint is enough to tell copies apart; the whole one is in the title. */
function Fingerprint({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  return (
    <Text span size="xs" c="dimmed">
      {t("documents.sha")}{" "}
      <abbr title={sha256} className={classes.mono}>
        {sha256.slice(0, 12)}…
      </abbr>
    </Text>
  );
}

function VersionLine({ document, version }: { document: ProjectDocument; version: Version }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (
    <Group gap="xs" wrap="wrap" align="baseline">
      <Anchor
        href={version.downloadUrl}
        download={version.filename}
        size="sm"
        aria-label={t("documents.downloadVersion", { version: version.version, title: document.title })}
      >
        <Group gap={4} component="span" wrap="nowrap">
          <IconDownload size={16} aria-hidden />
          {t("documents.versionShort", { version: version.version })}
        </Group>
      </Anchor>
      <Text size="sm" className={classes.prose}>
        {version.filename}
      </Text>
      <Text size="xs" c="dimmed" className={classes.numeric}>
        {format.bytes(version.sizeBytes)}
      </Text>
      <Text size="xs" c="dimmed">
        {t("documents.uploadedBy", {
          name: version.uploadedBy?.name ?? t("history.system"),
          date: format.moment(version.uploadedAt),
        })}
      </Text>
      <Fingerprint sha256={version.sha256} />
    </Group>
  );
}

function DocumentRow({
  document,
  project,
  maxBytes,
}: {
  document: ProjectDocument;
  project: ProjectDetail;
  maxBytes: number;
}) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const [olderOpen, setOlderOpen] = useState(false);
  const [versionOpen, setVersionOpen] = useState(false);
  const [latest, ...older] = document.versions;
  if (!latest) return null;
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={4}>
          <Text size="sm" fw={600} className={classes.prose}>
            {document.title}
          </Text>
          <Badge variant="light" color="gray" size="sm" tt="none" w="fit-content">
            {t(`documents.kind.${document.kind}`)}
          </Badge>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Stack gap={6}>
          <VersionLine document={document} version={latest} />
          {older.length > 0 && (
            <>
              <Button
                variant="subtle"
                size="compact-xs"
                w="fit-content"
                onClick={() => setOlderOpen((o) => !o)}
                aria-expanded={olderOpen}
                rightSection={
                  olderOpen ? (
                    <IconChevronUp size={14} aria-hidden />
                  ) : (
                    <IconChevronDown size={14} aria-hidden />
                  )
                }
              >
                {t("documents.olderVersions", { count: older.length })}
              </Button>
              <Collapse in={olderOpen}>
                <Stack gap={6} pl="sm">
                  {older.map((version) => (
                    <VersionLine key={version.version} document={document} version={version} />
                  ))}
                </Stack>
              </Collapse>
            </>
          )}
          {project.can.uploadDocument && (
            <>
              <Button
                variant="subtle"
                size="compact-xs"
                w="fit-content"
                leftSection={<IconFilePlus size={14} aria-hidden />}
                onClick={() => setVersionOpen((o) => !o)}
                aria-expanded={versionOpen}
              >
                {t("documents.newVersion")}
              </Button>
              {versionOpen && (
                <NewVersionForm
                  project={project}
                  document={document}
                  maxBytes={maxBytes}
                  onDone={() => setVersionOpen(false)}
                />
              )}
            </>
          )}
        </Stack>
      </Table.Td>
      <Table.Td ta="right" className={classes.numeric} visibleFrom="sm">
        {format.number(latest.version)}
      </Table.Td>
    </Table.Tr>
  );
}

export function DocumentsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useProjectDocuments(project.id);
  const { data, isLoading, refetch } = query;
  const error = loadFailure(query);
  const documents = data?.items ?? [];
  return (
    <Section title={t("documents.title")}>
      <Stack gap="lg">
        {isLoading ? (
          <Skeleton height={60} />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : documents.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("documents.empty")}
          </Text>
        ) : (
          <Table verticalSpacing={8} fz="sm" className={classes.changes}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w="30%">
                  {t("documents.document")}
                </Table.Th>
                <Table.Th scope="col">{t("documents.latestVersion")}</Table.Th>
                <Table.Th scope="col" ta="right" visibleFrom="sm">
                  {t("documents.versions")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.map((document) => (
                <DocumentRow
                  key={document.id}
                  document={document}
                  project={project}
                  maxBytes={data?.maxBytes ?? 0}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {project.can.uploadDocument && data && (
          <DocumentUploadForm project={project} maxBytes={data.maxBytes} />
        )}
      </Stack>
    </Section>
  );
}
