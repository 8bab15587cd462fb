import { createContext, useContext } from "react";
import { Navigate, useLocation } from "react-router";
import type { Me } from "../../domain/auth";
import { useMe } from "../api/hooks";
import { AppLayout, PageLoader } from "./AppLayout";
import { QueryError } from "./QueryError";

/**
 * Pages read the user from this context, not from the "me" query: when the session ends, the
 * layout swaps them for a redirect before they could render without a user.
 */
const CurrentUser = createContext<Me | null>(null);

/** Pages under this route need a session; without one the user signs in and comes back here. */
export function SignedInLayout() {
  const { data: me, isLoading, error, refetch } = useMe();
  const location = useLocation();
  if (isLoading) return <PageLoader />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return (
    <CurrentUser.Provider value={me}>
      <AppLayout me={me} />
    </CurrentUser.Provider>
  );
}

/** The signed-in user, for pages rendered inside SignedInLayout. */
export function useCurrentUser(): Me {
  const me = useContext(CurrentUser);
  if (!me) throw new Error("useCurrentUser is only available inside SignedInLayout");
  return me;
}
