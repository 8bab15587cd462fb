import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError, isOverloaded } from "../api/client";
import { NotFound } from "./NotFound";

/** The part of a query a page reads to decide between its content and an error. */
interface LoadedQuery {
  data: unknown;
  error: unknown;
  refetch: () => unknown;
}

/**
 * The error to show instead of the content: only when there is no content. A refetch that fails
 * keeps what was loaded on screen, and with it every editor and what is typed in it.
 */
export function loadFailure(query: Pick<LoadedQuery, "data" | "error">): unknown {
  return query.data === undefined ? query.error : null;
}

/**
 * What a page shows when its data could not be loaded: not found, not allowed, the server busy
 * (it refused the request as overloaded even after the app's own retries), or try again.
 */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, 404)) return <NotFound />;
  const forbidden = isApiError(error, 403);
  const busy = isOverloaded(error);
  const [title, message] = forbidden
    ? ["errors.forbiddenTitle", "errors.forbidden"]
    : busy
      ? ["system.overloadedTitle", "system.overloaded"]
      : ["errors.loadFailedTitle", "errors.loadFailed"];
  return (
    <Alert
      color={busy ? "yellow" : "red"}
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(title)}
      role="alert"
      maw={720}
      mx="auto"
      my="xl"
    >
      <Stack gap="sm" align="flex-start">
        <span>{t(message)}</span>
        {!forbidden && onRetry && (
          <Button variant="white" color={busy ? "yellow" : "red"} onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/** A line above content that a refetch failed to refresh: the content stays, the user may retry. */
export function RefreshFailed({ query }: { query: LoadedQuery }) {
  const { t } = useTranslation();
  if (query.data === undefined || !query.error) return null;
  return (
    <Alert color="yellow" variant="light" icon={<IconAlertTriangle aria-hidden />} role="status">
      <Group gap="sm" justify="space-between">
        <Text size="sm">{t("errors.refreshFailed")}</Text>
        <Button variant="white" color="dark" size="xs" onClick={() => void query.refetch()}>
          {t("common.retry")}
        </Button>
      </Group>
    </Alert>
  );
}
