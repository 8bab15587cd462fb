/**
 * The page a "set your password" e-mail opens (a forgotten password, an invitation). The link's
 * token is in the address's fragment, which the browser never sends to a server; the page reads it
 * and asks the server whom it is for.
 */
import { Alert, Anchor, Button, PasswordInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { PASSWORD_MIN } from "../../../domain/user";
import { useAccountLink, useSetPasswordFromLink } from "../../api/accountLinks";
import { PageLoader } from "../../components/AppLayout";
import { SignedOutFrame } from "../../components/SignedOutFrame";
import { PasswordsOffGate } from "../../components/SingleSignOn";
import { fieldErrorMap, translateFieldError } from "../../lib/fieldErrors";
import { moveFocusTo } from "../../lib/focus";
import { formProblemOf } from "../../lib/formProblem";
import { useTitle } from "../../lib/useTitle";

export default function SetPasswordPage() {
  const { t } = useTranslation();
  return (
    <PasswordsOffGate heading={t("account.setTitle")}>
      <SetPasswordForm />
    </PasswordsOffGate>
  );
}

function SetPasswordForm() {
  const { t } = useTranslation();
  const { hash } = useLocation();
  const token = hash.replace(/^#/, "");
  const link = useAccountLink(token);
  const save = useSetPasswordFromLink();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: { password: "" } });
  const invitation = link.data?.purpose === "invite";
  const heading = t(invitation ? "account.welcomeTitle" : "account.setTitle");
  useTitle(heading);

  if (token && link.isLoading) return <PageLoader />;
  if (!token || link.error) {
    return (
      <SignedOutFrame heading={t("account.setTitle")}>
        <Stack>
          <Alert color="red" variant="light" role="alert">
            {t("errors.linkInvalid")}
          </Alert>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {t("account.askNewLink")}
          </Anchor>
        </Stack>
      </SignedOutFrame>
    );
  }
  if (save.isSuccess) {
    return (
      <SignedOutFrame heading={heading}>
        <Stack>
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t("account.passwordSet")}
          </Alert>
          <Button component={Link} to="/login">
            {t("login.submit")}
          </Button>
        </Stack>
      </SignedOutFrame>
    );
  }

  const submit = form.onSubmit((values) => {
    setProblem(null);
    save.mutate(
      { token, password: values.password },
      {
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused === null) return;
          if (refused.kind === "invalid") {
            const onPassword = refused.errors.filter((e) => e.field === "password");
            form.setErrors(fieldErrorMap(t, onPassword));
            const rest = refused.errors.filter((e) => e.field !== "password");
            setProblem(rest.length > 0 ? rest.map((e) => translateFieldError(t, e)).join(" ") : null);
            if (onPassword.length > 0)
              requestAnimationFrame(() => moveFocusTo(form.getInputNode("password")));
          } else setProblem(t("account.failed"));
        },
      },
    );
  });

  return (
    <SignedOutFrame
      heading={heading}
      intro={
        invitation
          ? t("account.welcomeIntro", { name: link.data?.name })
          : t("account.setIntro", { email: link.data?.email })
      }
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {problem && (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          )}
          {/* For password managers: whose password this is. */}
          <input
            type="email"
            name="username"
            autoComplete="username"
            value={link.data?.email ?? ""}
            readOnly
            hidden
          />
          <Text size="sm">{t("account.forAccount", { email: link.data?.email })}</Text>
          <PasswordInput
            label={t("account.newPassword")}
            description={t("profile.newPasswordHelp", { min: PASSWORD_MIN })}
            autoComplete="new-password"
            required
            data-autofocus
            {...form.getInputProps("password")}
          />
          <Button type="submit" fullWidth loading={save.isPending}>
            {t(invitation ? "account.choosePassword" : "account.setPassword")}
          </Button>
        </Stack>
      </form>
    </SignedOutFrame>
  );
}
