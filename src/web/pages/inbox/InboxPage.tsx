import { Alert, Anchor, Badge, Stack, Text, Title } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useInbox } from "../../api/inbox";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { useCurrentUser } from "../../components/SignedIn";
import { useTitle } from "../../lib/useTitle";
import { InboxQueue } from "./InboxQueue";

/** "Waiting for me": one section per queue of the user's role, each with its own empty state. */
export default function InboxPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const inbox = useInbox();
  // "n days" is counted from when the page was opened, not re-rendered every minute.
  const [now] = useState(() => Date.now());
  useTitle(t("inbox.title"));
  const queues = inbox.data?.queues ?? [];

  return (
    <Stack gap="md" maw={1400} mx="auto">
      <div>
        <Title order={1}>{t("inbox.title")}</Title>
        <Text c="dimmed" size="sm">
          {t("inbox.intro")}
        </Text>
      </div>
      {inbox.isLoading ? (
        <PageLoader />
      ) : inbox.error ? (
        <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />
      ) : queues.length === 0 ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t("inbox.noQueue")}{" "}
          <Anchor component={Link} to="/projects" size="sm" underline="always">
            {t("nav.projects")}
          </Anchor>
        </Alert>
      ) : (
        queues.map(({ queue, items }) => {
          // The fund manager reviews the proposals that have no region: they are not "in my region".
          const title = t(
            queue === "toReview" && me.can.reviewProjectsWithoutRegion
              ? "inbox.queue.toReviewNoRegion"
              : `inbox.queue.${queue}`,
          );
          return (
            <Section
              key={queue}
              title={title}
              actions={
                <Badge variant="light" color={items.length > 0 ? "prima" : "gray"} miw="max-content">
                  {t(
                    queue === "reportsToDecide"
                      ? "inbox.countReports"
                      : queue === "extensionsToDecide" || queue === "revisionsToDecide"
                        ? "inbox.countRequests"
                        : "inbox.count",
                    { count: items.length },
                  )}
                </Badge>
              }
            >
              {items.length > 0 ? (
                <InboxQueue title={title} items={items} now={now} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t(`inbox.empty.${queue}`)}
                </Text>
              )}
            </Section>
          );
        })
      )}
    </Stack>
  );
}
