import { Alert, Loader } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { reportDatabaseBack, useDatabaseUnavailable } from "../api/databaseStatus";

/** How often the banner asks the server whether its database answers again. */
const POLL_MS = 2_000;

/**
 * One banner for the whole app while the server cannot reach its database. It asks
 * /api/health until the database answers, then goes away and every page reloads its data.
 */
export function DatabaseBanner() {
  const { t } = useTranslation();
  const unavailable = useDatabaseUnavailable();
  const client = useQueryClient();

  useEffect(() => {
    if (!unavailable) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch("/api/health", { headers: { Accept: "application/json" } });
        if (response.ok && !stopped) {
          reportDatabaseBack();
          void client.invalidateQueries();
        }
      } catch {
        // The server itself is unreachable: keep asking.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [unavailable, client]);

  if (!unavailable) return null;
  return (
    <Alert
      role="alert"
      color="yellow"
      variant="filled"
      radius={0}
      icon={<Loader size="xs" color="dark" aria-hidden />}
      pos="fixed"
      top={0}
      left={0}
      right={0}
      style={{ zIndex: 1000 }}
    >
      {t("system.databaseUnavailable")}
    </Alert>
  );
}
