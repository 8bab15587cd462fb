/**
 * "Forgot your password?": the e-mail address, then the same answer whether or not an account has
 * it (so the page reveals nobody), with the way back to signing in.
 */
import { Alert, Anchor, Button, Stack, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconMailCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { passwordResetRequest } from "../../../domain/accountLinks";
import { useRequestPasswordReset } from "../../api/accountLinks";
import { isApiError } from "../../api/client";
import { SignedOutFrame } from "../../components/SignedOutFrame";
import { PasswordsOffGate } from "../../components/SingleSignOn";
import { fieldErrorMap, formFieldErrors } from "../../lib/fieldErrors";
import { useTitle } from "../../lib/useTitle";

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  useTitle(t("account.forgotTitle"));
  return (
    <PasswordsOffGate heading={t("account.forgotTitle")}>
      <ForgotPasswordForm />
    </PasswordsOffGate>
  );
}

function ForgotPasswordForm() {
  const { t } = useTranslation();
  const request = useRequestPasswordReset();
  const form = useForm({
    initialValues: { email: "" },
    validate: (values) => {
      const result = passwordResetRequest.safeParse(values, { reportInput: true });
      return result.success ? {} : fieldErrorMap(t, formFieldErrors(result.error));
    },
  });
  const failure = request.error
    ? isApiError(request.error, 429)
      ? t("account.tooMany")
      : t("account.failed")
    : null;
  return (
    <SignedOutFrame heading={t("account.forgotTitle")} intro={t("account.forgotIntro")}>
      {request.isSuccess ? (
        <Stack>
          <Alert color="green" variant="light" icon={<IconMailCheck aria-hidden />} role="status">
            {t("account.forgotSent", { email: form.values.email.trim() })}
          </Alert>
          <Anchor component={Link} to="/login" size="sm">
            {t("account.backToSignIn")}
          </Anchor>
        </Stack>
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => request.mutate(passwordResetRequest.parse(values).email))}
        >
          <Stack>
            {failure && (
              <Alert color="red" variant="light" role="alert">
                {failure}
              </Alert>
            )}
            <TextInput
              label={t("login.email")}
              type="email"
              autoComplete="username"
              required
              data-autofocus
              {...form.getInputProps("email")}
            />
            <Button type="submit" fullWidth loading={request.isPending}>
              {t("account.sendLink")}
            </Button>
            <Anchor component={Link} to="/login" size="sm" ta="center">
              {t("account.backToSignIn")}
            </Anchor>
          </Stack>
        </form>
      )}
    </SignedOutFrame>
  );
}
