/**
 * The project's audit trail, newest first: who did what and when: steps of the life cycle with
 * their comments, edits with each field's before and after, comments and filed documents.
 */
import { Anchor, Button, Group, Skeleton, Stack, Text, Timeline } from "@mantine/core";
import {
  IconArrowRight,
  IconCalendarCheck,
  IconCalendarPlus,
  IconCalendarX,
  IconCoins,
  IconFileUpload,
  IconListCheck,
  IconMessage,
  IconPencil,
  IconPlus,
  IconReport,
  IconRoute,
  IconTargetArrow,
} from "@tabler/icons-react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { hasEffect } from "../../../../domain/lifecycleFacts";
import type { ProjectDetail } from "../../../../domain/project";
import type { HistoryEntry } from "../../../../domain/workflow";
import { useProjectDocuments, useProjectHistory } from "../../../api/workflow";
import { QueryError } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { StatusBadge } from "../../../components/StatusBadge";
import { useReferenceData } from "../../../lib/reference";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import { FieldValue, fieldLabel, needsManagers, useFieldText } from "./FieldValue";
import classes from "./workflow.module.css";

/** A long history opens on its latest entries; the rest is one click away. */
const FIRST_ENTRIES = 20;

const ICONS: Record<string, ReactNode> = {
  create: <IconPlus size={14} aria-hidden />,
  update: <IconPencil size={14} aria-hidden />,
  transition: <IconRoute size={14} aria-hidden />,
  comment: <IconMessage size={14} aria-hidden />,
  documentUploaded: <IconFileUpload size={14} aria-hidden />,
  documentVersioned: <IconFileUpload size={14} aria-hidden />,
  extensionRequested: <IconCalendarPlus size={14} aria-hidden />,
  extensionApproved: <IconCalendarCheck size={14} aria-hidden />,
  extensionRefused: <IconCalendarX size={14} aria-hidden />,
  revisionRequested: <IconCoins size={14} aria-hidden />,
  revisionApproved: <IconCoins size={14} aria-hidden />,
  revisionRefused: <IconCoins size={14} aria-hidden />,
  resultsMatrix: <IconTargetArrow size={14} aria-hidden />,
  workplan: <IconListCheck size={14} aria-hidden />,
  reportSubmitted: <IconReport size={14} aria-hidden />,
  reportReturned: <IconReport size={14} aria-hidden />,
  reportAccepted: <IconReport size={14} aria-hidden />,
};

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

function EntryBody({
  entry,
  fieldText,
}: {
  entry: HistoryEntry;
  fieldText: ReturnType<typeof useFieldText>;
}) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const refs = useReferenceData();
  const details = entry.details ?? {};
  switch (entry.action) {
    case "transition":
      return (
        <Stack gap={4}>
          {entry.fromStatus && entry.toStatus && (
            <Group
              gap={6}
              aria-label={t("history.fromTo", {
                from: t(`status.${entry.fromStatus}`),
                to: t(`status.${entry.toStatus}`),
              })}
              role="img"
            >
              <StatusBadge status={entry.fromStatus} size="sm" />
              <IconArrowRight size={14} aria-hidden />
              <StatusBadge status={entry.toStatus} size="sm" />
            </Group>
          )}
          {hasEffect(entry.transition, "setFunding") && text(details.approvedBudget) && (
            <Text size="sm">
              {t("history.approved", {
                amount: format.money(text(details.approvedBudget)),
                line: refs.name("fundLines", text(details.fundLine)),
              })}
            </Text>
          )}
          {entry.comment && (
            <Text size="sm" className={classes.prose} fs="italic">
              “{entry.comment}”
            </Text>
          )}
        </Stack>
      );
    case "update":
      return (
        <ul className={classes.lines}>
          {entry.changes.map((change) => (
            <li key={change.field}>
              <Text span size="sm" fw={600}>
                {fieldLabel(t, change.field)}
              </Text>
              {": "}
              <FieldValue field={change.field} lines={fieldText(change.field, change.before)} compact />
              {" → "}
              <FieldValue field={change.field} lines={fieldText(change.field, change.after)} compact />
            </li>
          ))}
        </ul>
      );
    case "comment": {
      // The text itself stays in the review comments, once: the history points to it.
      const commentId = details.commentId;
      return typeof commentId === "number" ? (
        <Anchor href={`#comment-${commentId}`} size="sm">
          {t("history.readComment")}
        </Anchor>
      ) : null;
    }
    case "documentUploaded":
    case "documentVersioned":
      return (
        <Text size="sm" c="dimmed">
          {t("history.file", {
            filename: text(details.filename),
            size: typeof details.sizeBytes === "number" ? format.bytes(details.sizeBytes) : format.missing,
          })}
        </Text>
      );
    case "revisionRequested":
    case "revisionApproved":
    case "revisionRefused":
    case "extensionRequested":
    case "extensionApproved":
    case "extensionRefused": {
      // The request's justification, or the fund manager's comment on it.
      const note = text(details.justification) || text(details.comment);
      return (
        <Stack gap={4}>
          {entry.action === "extensionApproved" && (
            <Text size="sm">
              {t("history.plannedEnd", {
                from: format.date(text(details.previousEnd)),
                to: format.date(text(details.requestedEnd)),
              })}
            </Text>
          )}
          {note && (
            <Text size="sm" className={classes.prose} fs="italic">
              “{note}”
            </Text>
          )}
        </Stack>
      );
    }
    default:
      return null;
  }
}

/** What happened, as the end of a sentence whose subject is the person who did it. */
function useWhat(documentTitles: Map<string, string>) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (entry: HistoryEntry): string => {
    const details = entry.details ?? {};
    switch (entry.action) {
      case "transition":
        return entry.transition ? t(`transitionDone.${entry.transition}`) : t("history.action.transition");
      case "create":
        return t("history.action.create");
      case "import":
        return t("history.action.import", {
          status: entry.toStatus ? t(`status.${entry.toStatus}`) : "",
        });
      case "update":
        return t("history.action.update", { count: entry.changes.length });
      case "comment": {
        const section = text(details.section);
        return section
          ? t(details.parentId ? "history.action.reply" : "history.action.comment", {
              section: t(`review.section.${section}`, { defaultValue: section }),
            })
          : t("history.action.commentAnywhere");
      }
      case "documentUploaded":
        return t("history.action.documentUploaded", {
          title: text(details.title) || text(details.filename),
          kind: t(`documents.kind.${text(details.kind)}`, { defaultValue: text(details.kind) }),
        });
      case "documentVersioned":
        return t("history.action.documentVersioned", {
          version: text(details.version),
          title: documentTitles.get(text(details.documentId)) ?? text(details.filename),
        });
      case "extensionRequested":
      case "extensionApproved":
      case "extensionRefused":
        return t(`history.action.${entry.action}`, { date: format.date(text(details.requestedEnd)) });
      case "revisionRequested":
      case "revisionApproved":
      case "revisionRefused":
        return t(`history.action.${entry.action}`, {
          from: format.money(text(details.previousTotal)),
          to: format.money(text(details.newTotal)),
        });
      case "resultsMatrix":
      case "workplan":
        return t(`history.action.${entry.action}`);
      case "reportSubmitted":
      case "reportReturned":
      case "reportAccepted": {
        const kind = t(`timeline.kind.${text(details.kind)}`, { defaultValue: text(details.kind) });
        const report =
          details.stage === "final"
            ? t("history.action.reportFinal", { kind })
            : t("history.action.reportInterim", { kind, sequence: text(details.sequence) });
        return t(`history.action.${entry.action}`, { report });
      }
      default:
        return t("history.action.other", { action: entry.action });
    }
  };
}

export function HistorySection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const { data, isLoading, error, refetch } = useProjectHistory(project.id);
  const documents = useProjectDocuments(project.id);
  const [showAll, setShowAll] = useState(false);
  const entries = data?.items ?? [];
  const documentTitles = new Map((documents.data?.items ?? []).map((d) => [d.id, d.title]));
  const what = useWhat(documentTitles);
  const fieldText = useFieldText(
    project,
    needsManagers(entries.flatMap((e) => e.changes.map((c) => c.field))),
  );
  const shown = showAll ? entries : entries.slice(0, FIRST_ENTRIES);

  return (
    <Section title={t("history.title")}>
      {isLoading ? (
        <Skeleton height={120} />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("history.empty")}
        </Text>
      ) : (
        <Stack gap="md">
          <Timeline bulletSize={24} lineWidth={2} active={-1}>
            {shown.map((entry) => (
              <Timeline.Item
                key={entry.id}
                bullet={ICONS[entry.action] ?? <IconRoute size={14} aria-hidden />}
                title={
                  <Text size="sm" component="span">
                    <Text span size="sm" fw={700}>
                      {entry.actor?.name ?? t("history.system")}
                    </Text>{" "}
                    {what(entry)}
                  </Text>
                }
              >
                <Text size="xs" c="dimmed" mb={4}>
                  <time dateTime={entry.at}>{format.moment(entry.at)}</time>
                </Text>
                <EntryBody entry={entry} fieldText={fieldText} />
              </Timeline.Item>
            ))}
          </Timeline>
          {entries.length > FIRST_ENTRIES && (
            <Button
              variant="subtle"
              w="fit-content"
              onClick={() => setShowAll((s) => !s)}
              aria-expanded={showAll}
            >
              {showAll ? t("history.showFewer") : t("history.showAll", { count: entries.length })}
            </Button>
          )}
        </Stack>
      )}
    </Section>
  );
}
