/**
 * Budget revisions on the project page: the requests and the fund's decisions, each with its
 * budgets side by side; the PM's "Request a budget revision" and the fund manager's "Review",
 * shown exactly when the server would accept them (the list's `can`).
 */
import { Badge, Button, Card, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconCoins } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../../domain/project";
import type { ProjectRevision } from "../../../../domain/revisions";
import { useRevisions } from "../../../api/revisions";
import { loadFailure, QueryError } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { useFormat } from "../../../lib/format";
import { RevisionRequestModal } from "./RevisionRequestModal";
import { RevisionReviewModal } from "./RevisionReviewModal";

/** Revisions concern funded projects; a proposal's page does not show the section. */
const FUNDED = new Set(["approved", "active", "closed"]);
const STATUS_COLOR = { requested: "yellow", approved: "teal", refused: "red" } as const;

function RevisionCard({
  revision,
  canDecide,
  onReview,
}: {
  revision: ProjectRevision;
  canDecide: boolean;
  onReview: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const by = revision.decidedBy ?? revision.requestedBy;
  return (
    <Card
      withBorder
      padding="sm"
      component="article"
      aria-label={t("revisions.itemLabel", {
        from: format.money(revision.previousTotal),
        to: format.money(revision.newTotal),
      })}
    >
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Group gap="xs">
          <Text fw={600}>
            {format.money(revision.previousTotal)} → {format.money(revision.newTotal)}
          </Text>
          <Badge variant="light" color={STATUS_COLOR[revision.status]}>
            {t(`revisions.status.${revision.status}`)}
          </Badge>
        </Group>
        {revision.status === "requested" && canDecide && (
          <Button size="xs" onClick={onReview}>
            {t("revisions.review")}
          </Button>
        )}
      </Group>
      <Text size="sm" mt={4}>
        {revision.justification}
      </Text>
      <Text size="xs" c="dimmed" mt={4}>
        {t(`revisions.by.${revision.status}`, {
          name: by.name,
          date: format.date((revision.decidedAt ?? revision.requestedAt).slice(0, 10)),
        })}
      </Text>
      {revision.decisionComment && (
        <Text size="sm" mt={4}>
          {t("revisions.fundComment", { comment: revision.decisionComment })}
        </Text>
      )}
    </Card>
  );
}

export function RevisionsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useRevisions(project.id);
  const { data, isLoading, refetch } = query;
  const error = loadFailure(query);
  const [requesting, setRequesting] = useState(false);
  const [reviewing, setReviewing] = useState<ProjectRevision | null>(null);
  const items = data?.items ?? [];
  if (!FUNDED.has(project.status) && items.length === 0) return null;

  return (
    <Section
      title={t("revisions.title")}
      actions={
        data?.can.request && (
          <Button
            size="sm"
            variant="light"
            leftSection={<IconCoins size={16} aria-hidden />}
            onClick={() => setRequesting(true)}
          >
            {t("revisions.request")}
          </Button>
        )
      }
    >
      {isLoading ? (
        <Skeleton height={80} />
      ) : error ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : (
        <Stack gap="sm">
          {items.length === 0 && <Text size="sm">{t("revisions.none")}</Text>}
          {items.map((revision) => (
            <RevisionCard
              key={revision.id}
              revision={revision}
              canDecide={data?.can.decide ?? false}
              onReview={() => setReviewing(revision)}
            />
          ))}
        </Stack>
      )}
      {requesting && <RevisionRequestModal project={project} onClose={() => setRequesting(false)} />}
      {reviewing && (
        <RevisionReviewModal projectId={project.id} revision={reviewing} onClose={() => setReviewing(null)} />
      )}
    </Section>
  );
}
