import { MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import { isApiError, isDatabaseUnavailable, setCsrfToken } from "./client";

export const ME_KEY = ["me"] as const;

/** A 401 anywhere means the session is gone: forgetting "me" sends the user to the sign-in page. */
function onError(error: unknown): void {
  if (isApiError(error, 401)) {
    setCsrfToken(null);
    queryClient.setQueryData(ME_KEY, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  mutationCache: new MutationCache({ onError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // Client errors will not heal by asking again; network hiccups might. A database that went
      // away comes back: pages keep what they show (or their loader) under the banner meanwhile.
      retry: (count, error) =>
        isDatabaseUnavailable(error) || (!(isApiError(error) && error.status < 500) && count < 2),
      retryDelay: (count, error) =>
        isDatabaseUnavailable(error) ? 3_000 : Math.min(1_000 * 2 ** count, 30_000),
    },
  },
});
