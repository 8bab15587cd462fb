/**
 * Your profile, for everyone: the name others see, the language of the app and of your e-mails,
 * your password, and where you are signed in (with "sign out other sessions" for a computer left
 * signed in somewhere).
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  PasswordInput,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconDeviceDesktop, IconLogout } from "@tabler/icons-react";
import { useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Me } from "../../../domain/auth";
import type { FieldError } from "../../../domain/errors";
import { LANGUAGES, type Language } from "../../../domain/profile";
import { PASSWORD_MIN } from "../../../domain/user";
import { useMe } from "../../api/hooks";
import { useChangePassword, useChangeProfile, useEndOtherSessions, useMySessions } from "../../api/profile";
import { PageLoader } from "../../components/AppLayout";
import { QueryError } from "../../components/QueryError";
import { ScrollRegion } from "../../components/ScrollRegion";
import { NATIVE_NAMES } from "../../i18n/languageNames";
import { fieldErrorMap, translateFieldError } from "../../lib/fieldErrors";
import { moveFocusTo } from "../../lib/focus";
import { useFormat } from "../../lib/format";
import { formProblemOf } from "../../lib/formProblem";
import { useTitle } from "../../lib/useTitle";
import { NoticesSection } from "./NoticesSection";
import { TokensSection } from "./TokensSection";
import { TwoFactorSection } from "./TwoFactorSection";

/** Draws a refusal's field errors on the form and returns what no input shows. */
function drawErrors(
  t: ReturnType<typeof useTranslation>["t"],
  form: {
    setErrors: (errors: Record<string, string>) => void;
    getInputNode: (path: string) => HTMLElement | null;
  },
  fields: readonly string[],
  errors: FieldError[],
): string | null {
  const drawn = errors.filter((e) => fields.includes(e.field));
  form.setErrors(fieldErrorMap(t, drawn));
  const first = drawn[0]?.field;
  if (first) requestAnimationFrame(() => moveFocusTo(form.getInputNode(first)));
  const rest = errors.filter((e) => !drawn.includes(e));
  return rest.length > 0 ? rest.map((e) => translateFieldError(t, e)).join(" ") : null;
}

export default function ProfilePage() {
  const { t } = useTranslation();
  useTitle(t("profile.title"));
  const { data: me } = useMe();
  if (!me) return <PageLoader />;
  return (
    <Stack gap="lg" maw={900} mx="auto">
      <div>
        <Title order={1}>{t("profile.title")}</Title>
        <Text size="sm" c="dimmed">
          {t("profile.intro", { email: me.email, role: t(`role.${me.role}`) })}
        </Text>
      </div>
      <DetailsSection me={me} />
      <PasswordSection />
      <NoticesSection />
      <SessionsSection />
      <TwoFactorSection />
      <TokensSection />
    </Stack>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} p="lg">
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function DetailsSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const save = useChangeProfile();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm({ initialValues: { name: me.name, language: me.language ?? "" } });
  const submit = form.onSubmit((values) => {
    setProblem(null);
    const language = (values.language || null) as Language | null;
    save.mutate(
      { version: me.version, name: values.name, language },
      {
        onSuccess: (saved) => {
          form.resetDirty({ name: saved.name, language: saved.language ?? "" });
          if (saved.language) void i18n.changeLanguage(saved.language);
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("profile.dismiss") },
            message: t("profile.saved"),
          });
        },
        onError: (error) => {
          const refused = formProblemOf<{ name: string; language: Language | null; version: number }>(error);
          if (refused === null) return;
          if (refused.kind === "invalid") {
            setProblem(drawErrors(t, form, ["name", "language"], refused.errors));
          } else if (refused.kind === "conflict" && refused.latest) {
            form.setValues({ name: refused.latest.name, language: refused.latest.language ?? "" });
            setProblem(t("profile.stale"));
          } else setProblem(t("errors.unexpected"));
        },
      },
    );
  });
  return (
    <Section title={t("profile.details")} id="profile-details">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          {problem && (
            <Alert role="alert" color="red" variant="light">
              {problem}
            </Alert>
          )}
          <TextInput label={t("profile.name")} required autoComplete="name" {...form.getInputProps("name")} />
          <Select
            label={t("profile.language")}
            description={t("profile.languageHelp")}
            allowDeselect={false}
            data={[
              { value: "", label: t("profile.browserLanguage") },
              ...LANGUAGES.map((code) => ({ value: code, label: NATIVE_NAMES[code] })),
            ]}
            {...form.getInputProps("language")}
          />
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t("profile.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function PasswordSection() {
  const { t } = useTranslation();
  const change = useChangePassword();
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useForm({ initialValues: { currentPassword: "", newPassword: "" } });
  const submit = form.onSubmit((values) => {
    setProblem(null);
    change.mutate(values, {
      onSuccess: () => {
        form.reset();
        notifications.show({
          color: "green",
          closeButtonProps: { "aria-label": t("profile.dismiss") },
          message: t("profile.passwordChanged"),
        });
      },
      onError: (error) => {
        const refused = formProblemOf(error);
        if (refused === null) return;
        const text =
          refused.kind === "invalid"
            ? drawErrors(t, form, ["currentPassword", "newPassword"], refused.errors)
            : refused.kind === "failed" && refused.message
              ? // 429: too many wrong current passwords; the server says when to try again.
                (translateLocked(t, error) ?? refused.message)
              : t("errors.unexpected");
        setProblem(text);
        if (text) requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
      },
    });
  });
  return (
    <Section title={t("profile.password")} id="profile-password">
      <form onSubmit={submit} noValidate>
        <Stack gap="md" maw={480}>
          <Text size="sm" c="dimmed">
            {t("profile.passwordIntro")}
          </Text>
          {problem && (
            <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
              {problem}
            </Alert>
          )}
          <PasswordInput
            label={t("profile.currentPassword")}
            required
            autoComplete="current-password"
            {...form.getInputProps("currentPassword")}
          />
          <PasswordInput
            label={t("profile.newPassword")}
            description={t("profile.newPasswordHelp", { min: PASSWORD_MIN })}
            required
            autoComplete="new-password"
            {...form.getInputProps("newPassword")}
          />
          <Group>
            <Button type="submit" loading={change.isPending}>
              {t("profile.changePassword")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

function translateLocked(t: ReturnType<typeof useTranslation>["t"], error: unknown): string | null {
  const fields = (error as { fields?: FieldError[] }).fields ?? [];
  const locked = fields.find((f) => f.code === "signInLocked");
  return locked ? translateFieldError(t, locked) : null;
}

/** "Chrome on Windows"-like words are guesses; the browser's own text, shortened, says enough. */
function describeBrowser(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const browser = /(Edg|Firefox|Chrome|Chromium|Safari)\/[\d.]+/.exec(userAgent)?.[1];
  const system = /(Windows|Android|iPhone|iPad|Mac OS X|Linux)/.exec(userAgent)?.[1];
  if (browser || system) {
    return [browser === "Edg" ? "Edge" : browser, system === "Mac OS X" ? "macOS" : system]
      .filter(Boolean)
      .join(" · ");
  }
  return userAgent.slice(0, 60);
}

function SessionsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const sessions = useMySessions();
  const endOthers = useEndOtherSessions();
  const moment = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { dateStyle: "medium", timeStyle: "short" }),
    [format.locale],
  );
  const others = (sessions.data ?? []).filter((s) => !s.current).length;
  const signOutOthers = () =>
    endOthers.mutate(undefined, {
      onSuccess: ({ ended }) =>
        notifications.show({
          color: "green",
          closeButtonProps: { "aria-label": t("profile.dismiss") },
          message: t("profile.othersEnded", { count: ended }),
        }),
    });
  const caption = t("profile.sessionsCaption");
  return (
    <Section title={t("profile.sessions")} id="profile-sessions">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("profile.sessionsIntro")}
        </Text>
        {sessions.error ? (
          <QueryError error={sessions.error} onRetry={() => void sessions.refetch()} />
        ) : sessions.isLoading ? (
          <PageLoader />
        ) : (
          <ScrollRegion label={caption} minWidth={560}>
            <Table verticalSpacing="sm" fz="sm">
              <Table.Caption>{caption}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("profile.column.browser")}</Table.Th>
                  <Table.Th scope="col">{t("profile.column.address")}</Table.Th>
                  <Table.Th scope="col">{t("profile.column.signedIn")}</Table.Th>
                  <Table.Th scope="col">{t("profile.column.expires")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(sessions.data ?? []).map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <IconDeviceDesktop size={16} aria-hidden />
                        <Text inherit title={session.userAgent ?? undefined}>
                          {describeBrowser(session.userAgent, t("profile.unknownBrowser"))}
                        </Text>
                        {session.current && (
                          <Badge variant="light" color="green">
                            {t("profile.thisBrowser")}
                          </Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>{session.address ?? format.missing}</Table.Td>
                    <Table.Td>
                      <time dateTime={session.createdAt}>{moment.format(new Date(session.createdAt))}</time>
                    </Table.Td>
                    <Table.Td>
                      <time dateTime={session.expiresAt}>{moment.format(new Date(session.expiresAt))}</time>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <Group>
          <Button
            variant="light"
            leftSection={<IconLogout size={16} aria-hidden />}
            disabled={others === 0}
            loading={endOthers.isPending}
            onClick={signOutOthers}
          >
            {t("profile.signOutOthers")}
          </Button>
          {others === 0 && sessions.data && (
            <Text size="sm" c="dimmed">
              {t("profile.noOthers")}
            </Text>
          )}
        </Group>
      </Stack>
    </Section>
  );
}
