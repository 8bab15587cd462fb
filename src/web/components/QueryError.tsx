import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError, isOverloaded } from "../api/client";
import { NotFound } from "./NotFound";

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
