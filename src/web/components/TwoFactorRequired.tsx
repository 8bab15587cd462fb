/**
 * What a person sees, signed in, while an administrator requires two-factor sign-in for their role
 * and they have not set it up: the setup and a way out, nothing else. The server refuses their
 * other requests meanwhile; this page only spares them the refusals.
 */
import { Button, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLogout } from "../api/hooks";
import { useRefreshMe } from "../api/twoFactor";
import { useTitle } from "../lib/useTitle";
import { SignedOutFrame } from "./SignedOutFrame";
import { TwoFactorSetup } from "./TwoFactorSetup";

export function TwoFactorRequiredPage() {
  const { t } = useTranslation();
  useTitle(t("twoFactor.setupRequiredTitle"));
  const refreshMe = useRefreshMe();
  const logout = useLogout();
  return (
    <SignedOutFrame heading={t("twoFactor.setupRequiredTitle")} intro={t("twoFactor.setupRequiredText")}>
      <Stack gap="lg">
        <TwoFactorSetup onDone={() => void refreshMe()} />
        <Button variant="subtle" onClick={() => logout.mutate()} loading={logout.isPending}>
          {t("twoFactor.signOut")}
        </Button>
      </Stack>
    </SignedOutFrame>
  );
}
