import { notifications } from "@mantine/notifications";
import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import i18n from "../i18n";
import { isApiError, isOverloaded, setCsrfToken } from "./client";
import { retryDelay, shouldRetryQuery, shouldRetrySave } from "./retryPolicy";

export const ME_KEY = ["me"] as const;

/** A 401 anywhere means the session is gone: forgetting "me" sends the user to the sign-in page. */
function onError(error: unknown): void {
  if (isApiError(error, 401)) {
    setCsrfToken(null);
    queryClient.setQueryData(ME_KEY, null);
  }
}

/** A save the server still refused as overloaded after its retries: say so, once, in words. */
function onSaveError(error: unknown): void {
  onError(error);
  if (isOverloaded(error)) {
    notifications.show({
      id: "overloaded",
      color: "yellow",
      title: i18n.t("system.overloadedTitle"),
      message: i18n.t("system.overloadedSave"),
    });
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError: onSaveError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Pages keep what they show (or their loader) meanwhile; see retryPolicy.ts.
      retry: shouldRetryQuery,
      retryDelay: (count, error) => retryDelay(count, error),
    },
    mutations: { retry: shouldRetrySave, retryDelay: (count, error) => retryDelay(count, error) },
  },
});
