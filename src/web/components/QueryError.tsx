import { Alert, Button, Stack } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../api/client";
import { NotFound } from "./NotFound";

/** What a page shows when its data could not be loaded: not found, not allowed, or try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error, 404)) return <NotFound />;
  const forbidden = isApiError(error, 403);
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={t(forbidden ? "errors.forbiddenTitle" : "errors.loadFailedTitle")}
      role="alert"
      maw={720}
      mx="auto"
      my="xl"
    >
      <Stack gap="sm" align="flex-start">
        <span>{t(forbidden ? "errors.forbidden" : "errors.loadFailed")}</span>
        {!forbidden && onRetry && (
          <Button variant="white" color="red" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
