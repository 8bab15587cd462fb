/**
 * "Sign in with <provider>", and what the password pages say where passwords are turned off. The
 * button is a plain link, not an API call: the browser itself must go to the provider and back.
 */
import { Alert, Anchor, Button, Stack } from "@mantine/core";
import { IconInfoCircle, IconLogin2 } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useSignInOptions } from "../api/accountLinks";
import { useTitle } from "../lib/useTitle";
import { PageLoader } from "./AppLayout";
import { SignedOutFrame } from "./SignedOutFrame";

export function SsoButton({ name, next }: { name: string; next: string }) {
  const { t } = useTranslation();
  const href = `/api/auth/oidc/start${next === "/" ? "" : `?next=${encodeURIComponent(next)}`}`;
  return (
    <Button component="a" href={href} fullWidth size="md" leftSection={<IconLogin2 aria-hidden size={18} />}>
      {t("login.sso", { name })}
    </Button>
  );
}

/**
 * A password page (forgotten password, set a password) where PASSWORD_LOGIN=false: no password
 * would open anything, so instead of `children` (the page) it says to use single sign-on. An
 * invited person needs nothing more: their first sign-in completes the invitation.
 */
export function PasswordsOffGate({ heading, children }: { heading: string; children: ReactNode }) {
  const options = useSignInOptions();
  if (options.isLoading) return <PageLoader />;
  const sso = options.data?.sso;
  if (options.data?.passwordLogin !== false || !sso) return children;
  return <PasswordsOff heading={heading} name={sso.name} />;
}

function PasswordsOff({ heading, name }: { heading: string; name: string }) {
  const { t } = useTranslation();
  useTitle(heading);
  return (
    <SignedOutFrame heading={heading}>
      <Stack>
        <Alert color="prima" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
          {t("login.passwordsOff", { name })}
        </Alert>
        <SsoButton name={name} next="/" />
        <Anchor component={Link} to="/login" size="sm" ta="center">
          {t("account.backToSignIn")}
        </Anchor>
      </Stack>
    </SignedOutFrame>
  );
}
