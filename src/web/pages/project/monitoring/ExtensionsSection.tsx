/**
 * Extensions of the project's end date: the requests and the fund's decisions, the PM's
 * "Request an extension" and the fund manager's "Approve" / "Refuse", shown exactly when the
 * server would accept them (the list's `can`).
 */
import { Button, Skeleton, Stack, Text } from "@mantine/core";
import { IconCalendarPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ExtensionDecision, ProjectExtension } from "../../../../domain/extensions";
import type { ProjectDetail } from "../../../../domain/project";
import { useExtensions } from "../../../api/extensions";
import { loadFailure, QueryError } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { ExtensionDecisionModal } from "./ExtensionDecisionModal";
import { ExtensionRequestCard } from "./ExtensionRequestCard";
import { ExtensionRequestModal } from "./ExtensionRequestModal";

/** Extensions concern funded projects; a proposal's page does not show the section. */
const FUNDED = new Set(["approved", "active", "closed"]);

export function ExtensionsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useExtensions(project.id);
  const { data, isLoading, refetch } = query;
  const error = loadFailure(query);
  const [requesting, setRequesting] = useState(false);
  const [deciding, setDeciding] = useState<{
    extension: ProjectExtension;
    decision: ExtensionDecision;
  } | null>(null);
  const items = data?.items ?? [];
  if (!FUNDED.has(project.status) && items.length === 0) return null;

  return (
    <Section
      title={t("extensions.title")}
      actions={
        data?.can.request && (
          <Button
            size="sm"
            variant="light"
            leftSection={<IconCalendarPlus size={16} aria-hidden />}
            onClick={() => setRequesting(true)}
          >
            {t("extensions.request")}
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
          <Text size="sm">
            {items.length === 0
              ? t("extensions.none")
              : t("extensions.summary", { count: data?.approvedCount ?? 0, requests: items.length })}
          </Text>
          {items.map((extension) => (
            <ExtensionRequestCard
              key={extension.id}
              extension={extension}
              canDecide={data?.can.decide ?? false}
              onDecide={(decision) => setDeciding({ extension, decision })}
            />
          ))}
        </Stack>
      )}
      <ExtensionRequestModal project={project} opened={requesting} onClose={() => setRequesting(false)} />
      {deciding && (
        <ExtensionDecisionModal
          projectId={project.id}
          extension={deciding.extension}
          decision={deciding.decision}
          onClose={() => setDeciding(null)}
        />
      )}
    </Section>
  );
}
