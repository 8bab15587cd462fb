import { Alert, Anchor, Button, Divider, PasswordInput, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertCircle, IconInfoCircle } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { loginInput } from "../../domain/auth";
import { isSsoRefusal, safeNextPath } from "../../domain/sso";
import { useSignInOptions } from "../api/accountLinks";
import { type ApiError, isApiError } from "../api/client";
import { useLogin, useLoginSecondStep, useMe } from "../api/hooks";
import { PageLoader } from "../components/AppLayout";
import { SignedOutFrame } from "../components/SignedOutFrame";
import { SsoButton } from "../components/SingleSignOn";
import { fieldErrorMap, formFieldErrors, translateFieldError } from "../lib/fieldErrors";
import { firstInDocument, moveFocusTo } from "../lib/focus";
import { useTitle } from "../lib/useTitle";

/** Too many failures says when to try again; the request flood guard only asks to wait a minute. */
function lockedMessage(t: TFunction, error: ApiError): string {
  const locked = error.fields.find((field) => field.code === "signInLocked");
  return locked ? translateFieldError(t, locked) : t("login.rateLimited");
}

/**
 * The second step when the account has two-factor on, in the same frame: the app's code or a
 * recovery code. An expired pending sign-in sends the person back to their password.
 */
function SecondStepForm({
  pendingToken,
  next,
  onRestart,
}: {
  pendingToken: string;
  next: string;
  onRestart: (expired: boolean) => void;
}) {
  const { t } = useTranslation();
  const secondStep = useLoginSecondStep();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { code: "" } });
  const failure = secondStep.error
    ? isApiError(secondStep.error, 400)
      ? null
      : isApiError(secondStep.error, 429)
        ? lockedMessage(t, secondStep.error)
        : t("login.failed")
    : null;
  const submit = form.onSubmit((values) =>
    secondStep.mutate(
      { pendingToken, code: values.code },
      {
        onSuccess: () => navigate(next, { replace: true }),
        onError: (error) => {
          if (isApiError(error, 401)) onRestart(true);
          else if (isApiError(error, 400)) form.setErrors(fieldErrorMap(t, error.fields));
        },
      },
    ),
  );
  return (
    <form noValidate onSubmit={submit}>
      <Stack>
        <Text size="sm">{t("twoFactor.loginIntro")}</Text>
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t("twoFactor.loginCode")}
          autoComplete="one-time-code"
          required
          autoFocus
          {...form.getInputProps("code")}
        />
        <Button type="submit" fullWidth size="md" loading={secondStep.isPending}>
          {t("twoFactor.loginVerify")}
        </Button>
        <Button variant="subtle" onClick={() => onRestart(false)}>
          {t("twoFactor.loginBack")}
        </Button>
      </Stack>
    </form>
  );
}

function LoginForm({ next }: { next: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const [pendingToken, setPendingToken] = useState<string | null>(null);
  const [expired, setExpired] = useState(false);
  const form = useForm({
    initialValues: { email: "", password: "" },
    // The API's own schema decides what an acceptable e-mail address and password are.
    validate: (values) => {
      const result = loginInput.safeParse(values, { reportInput: true });
      return result.success ? {} : fieldErrorMap(t, formFieldErrors(result.error));
    },
  });
  const failure = login.error
    ? isApiError(login.error, 401)
      ? t("login.wrongCredentials")
      : isApiError(login.error, 429)
        ? lockedMessage(t, login.error)
        : t("login.failed")
    : null;

  if (pendingToken) {
    return (
      <SecondStepForm
        pendingToken={pendingToken}
        next={next}
        onRestart={(timedOut) => {
          setPendingToken(null);
          setExpired(timedOut);
          form.setFieldValue("password", "");
          login.reset();
        }}
      />
    );
  }
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (values) => {
          setExpired(false);
          login.mutate(loginInput.parse(values), {
            onSuccess: (answer) =>
              "twoFactor" in answer
                ? setPendingToken(answer.pendingToken)
                : navigate(next, { replace: true }),
          });
        },
        (errors) => moveFocusTo(firstInDocument(Object.keys(errors).map((path) => form.getInputNode(path)))),
      )}
    >
      <Stack>
        {expired && (
          <Alert color="yellow" variant="light" icon={<IconInfoCircle aria-hidden />} role="status">
            {t("twoFactor.loginExpired")}
          </Alert>
        )}
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t("login.email")}
          type="email"
          autoComplete="username"
          required
          {...form.getInputProps("email")}
        />
        <PasswordInput
          label={t("login.password")}
          autoComplete="current-password"
          required
          {...form.getInputProps("password")}
        />
        <Button type="submit" fullWidth size="md" loading={login.isPending}>
          {t("login.submit")}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t("login.forgot")}
        </Anchor>
      </Stack>
    </form>
  );
}

export default function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { data: me, isLoading } = useMe();
  const options = useSignInOptions();
  useTitle(t("login.title"));
  const next = safeNextPath(params.get("next"));
  // Single sign-on comes back here when it was refused, with the reason's code.
  const ssoRefusal = params.get("sso");
  if (isLoading || options.isLoading) return <PageLoader />;
  const sso = options.data?.sso ?? null;
  // Without an answer, offer the password form: the server refuses it if passwords are off.
  const passwordLogin = options.data?.passwordLogin ?? true;

  return (
    <SignedOutFrame
      heading={t("login.heading")}
      intro={
        !passwordLogin
          ? t("login.ssoIntro", { name: sso?.name })
          : sso
            ? t("login.bothIntro", { name: sso.name })
            : t("login.intro")
      }
    >
      {/* Signed in already: say so, and still offer the form to sign in as someone else. */}
      {me && (
        <Alert color="prima" variant="light" icon={<IconInfoCircle aria-hidden />} mb="md">
          <Text size="sm">{t("login.already", { name: me.name })}</Text>
          <Anchor component={Link} to={next} size="sm" fw={600}>
            {t("login.continue")}
          </Anchor>
        </Alert>
      )}
      {isSsoRefusal(ssoRefusal) && (
        <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert" mb="md">
          {t(`errors.${ssoRefusal}`)}
        </Alert>
      )}
      <Stack>
        {sso && <SsoButton name={sso.name} next={next} />}
        {sso && passwordLogin && <Divider label={t("login.orPassword")} labelPosition="center" c="dimmed" />}
        {passwordLogin && <LoginForm next={next} />}
      </Stack>
    </SignedOutFrame>
  );
}
