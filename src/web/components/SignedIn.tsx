import { createContext, useContext, useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useLocation } from "react-router";
import type { Me } from "../../domain/auth";
import { useMe } from "../api/hooks";
import { AppLayout, PageLoader } from "./AppLayout";
import { QueryError } from "./QueryError";
import { TwoFactorRequiredPage } from "./TwoFactorRequired";

/**
 * Pages read the user from this context, not from the "me" query: when the session ends, the
 * layout swaps them for a redirect before they could render without a user.
 */
const CurrentUser = createContext<Me | null>(null);

/** Pages under this route need a session; without one the user signs in and comes back here. */
export function SignedInLayout() {
  const { data: me, isLoading, error, refetch } = useMe();
  const location = useLocation();
  const { i18n } = useTranslation();
  const preferred = me?.language ?? null;
  // The person's own language, once known: on any computer they sign in on, PRIMA speaks it.
  useEffect(() => {
    if (preferred && i18n.resolvedLanguage !== preferred) void i18n.changeLanguage(preferred);
  }, [preferred, i18n]);
  if (isLoading) return <PageLoader />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!me) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  if (me.twoFactorSetupPending) return <TwoFactorRequiredPage />;
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
