/**
 * Adding a person or changing one, in one dialog: name, role and region (a reviewer needs one, only
 * reviewers and viewers may have one), and for a new person an e-mail and a first password. The
 * server decides what is acceptable; each of its refusals is drawn on its input.
 */
import {
  Alert,
  Button,
  CopyButton,
  Group,
  PasswordInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../domain/errors";
import { LANGUAGES, type Language } from "../../../domain/profile";
import { ROLES, type Role, roleAllowsRegion } from "../../../domain/roles";
import { PASSWORD_MIN, type UserRow } from "../../../domain/user";
import { useSignInOptions } from "../../api/accountLinks";
import { useReference } from "../../api/hooks";
import { useAddUser, useChangeUser, useInviteUser } from "../../api/users";
import { Modal } from "../../components/Dialog";
import { NATIVE_NAMES } from "../../i18n/languageNames";
import { fieldErrorMap, translateFieldError } from "../../lib/fieldErrors";
import { moveFocusTo } from "../../lib/focus";
import { useFormat } from "../../lib/format";
import { formProblemOf } from "../../lib/formProblem";

const FIELDS = ["email", "name", "role", "region", "password", "active", "language"] as const;

/** How a new person gets their password: an invitation by e-mail (usual), or one set here. */
type Way = "invite" | "password";

interface Values {
  way: Way;
  language: string;
  email: string;
  name: string;
  role: Role;
  region: string | null;
  password: string;
  active: boolean;
}

function valuesOf(user: Pick<UserRow, "email" | "name" | "role" | "region" | "active"> | null): Values {
  return user
    ? {
        way: "password",
        language: "",
        email: user.email,
        name: user.name,
        role: user.role,
        region: user.region,
        password: "",
        active: user.active,
      }
    : {
        way: "invite",
        language: "",
        email: "",
        name: "",
        role: "pm",
        region: null,
        password: "",
        active: true,
      };
}

export function UserDialog({ user, onClose }: { user: UserRow | null; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const add = useAddUser();
  const invite = useInviteUser();
  const signInOptions = useSignInOptions().data;
  const sso = signInOptions?.sso?.name ?? null;
  const passwordLogin = signInOptions?.passwordLogin ?? true;
  /** The invitation's link, shown when this server sends no e-mail. */
  const [handOver, setHandOver] = useState<string | null>(null);
  const change = useChangeUser();
  const [version, setVersion] = useState(user?.version ?? 1);
  const [problem, setProblem] = useState<string | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const form = useForm<Values>({ initialValues: valuesOf(user) });
  const editing = user !== null;
  const regionAllowed = roleAllowsRegion(form.values.role);

  /** Draws the server's field errors; what no input shows goes in the alert. */
  const show = (errors: FieldError[]) => {
    const drawn = errors.filter((e) => (FIELDS as readonly string[]).includes(e.field));
    form.setErrors(fieldErrorMap(t, drawn));
    const rest = errors.filter((e) => !drawn.includes(e));
    setProblem(rest.length > 0 ? rest.map((e) => translateFieldError(t, e)).join(" ") : null);
    const first = drawn[0]?.field;
    if (first) requestAnimationFrame(() => moveFocusTo(form.getInputNode(first) ?? null));
    else if (rest.length > 0) requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
  };

  const done = (name: string, what: "saved" | "added" | "invited" = editing ? "saved" : "added") => {
    notifications.show({
      color: "green",
      closeButtonProps: { "aria-label": t("users.dismiss") },
      message: t(`users.${what}`, { name }),
    });
    onClose();
  };

  const refused = (error: unknown) => {
    const answer = formProblemOf<UserRow>(error);
    if (answer === null) return;
    if (answer.kind === "invalid" || answer.kind === "rules") return show(answer.errors);
    if (answer.kind === "conflict" && answer.latest) {
      // Someone else saved first: show what they saved, and let the administrator decide again.
      form.setValues(valuesOf(answer.latest));
      setVersion(answer.latest.version);
      setProblem(t("users.stale"));
      requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
      return;
    }
    setProblem(answer.kind === "forbidden" ? t("users.forbidden") : t("errors.unexpected"));
    requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
  };

  const submit = form.onSubmit((values) => {
    setProblem(null);
    form.clearErrors();
    const region = roleAllowsRegion(values.role) ? values.region : null;
    if (user) {
      change.mutate(
        { id: user.id, version, name: values.name, role: values.role, region, active: values.active },
        { onSuccess: (saved) => done(saved.name), onError: refused },
      );
    } else if (values.way === "invite") {
      const language = (values.language || null) as Language | null;
      invite.mutate(
        { email: values.email, name: values.name, role: values.role, region, language },
        {
          onSuccess: (invited) =>
            invited.inviteUrl ? setHandOver(invited.inviteUrl) : done(values.name, "invited"),
          onError: refused,
        },
      );
    } else {
      add.mutate(
        { email: values.email, name: values.name, role: values.role, region, password: values.password },
        { onSuccess: () => done(values.name), onError: refused },
      );
    }
  });

  const regions = (reference.data?.regions ?? []).map((r) => ({ value: r.code, label: format.name(r.name) }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={editing ? t("users.editTitle", { name: user.name }) : t("users.addTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("users.closeDialog") }}
    >
      {handOver ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" role="status">
            {t("users.handOver", { name: form.values.name })}
          </Alert>
          <TextInput
            label={t("users.inviteLink")}
            value={handOver}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
          />
          <Text size="sm" c="dimmed">
            {t("users.handOverHelp")}
          </Text>
          <Group justify="flex-end" gap="sm">
            <CopyButton value={handOver}>
              {({ copied, copy }) => (
                <Button variant="light" onClick={copy}>
                  {copied ? t("users.copied") : t("users.copyLink")}
                </Button>
              )}
            </CopyButton>
            <Button onClick={onClose}>{t("users.doneButton")}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {problem && (
              <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
                {problem}
              </Alert>
            )}
            {!editing && (
              <Radio.Group label={t("users.way")} {...form.getInputProps("way")}>
                <Stack gap="xs" mt={4}>
                  <Radio
                    value="invite"
                    label={
                      passwordLogin ? t("users.wayInvite") : t("users.wayInviteSso", { provider: sso ?? "" })
                    }
                    description={
                      passwordLogin && sso ? t("users.wayInviteSsoToo", { provider: sso }) : undefined
                    }
                  />
                  {/* Without password sign-in, a password set here would open nothing. */}
                  {passwordLogin && <Radio value="password" label={t("users.wayPassword")} />}
                </Stack>
              </Radio.Group>
            )}
            <TextInput
              label={t("users.field.email")}
              type="email"
              required={!editing}
              disabled={editing}
              description={editing ? t("users.emailFixed") : undefined}
              autoComplete="off"
              data-autofocus={!editing || undefined}
              {...form.getInputProps("email")}
            />
            <TextInput
              label={t("users.field.name")}
              required
              autoComplete="off"
              data-autofocus={editing || undefined}
              {...form.getInputProps("name")}
            />
            <Select
              label={t("users.field.role")}
              required
              allowDeselect={false}
              data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
              {...form.getInputProps("role")}
            />
            <Select
              label={t("users.field.region")}
              required={form.values.role === "reviewer"}
              disabled={!regionAllowed}
              clearable
              description={t(regionAllowed ? "users.regionHelp" : "users.regionNotForRole")}
              data={regions}
              {...form.getInputProps("region")}
              value={regionAllowed ? form.values.region : null}
            />
            {editing ? (
              <Switch
                label={t("users.field.active")}
                description={t("users.activeHelp")}
                {...form.getInputProps("active", { type: "checkbox" })}
              />
            ) : form.values.way === "invite" ? (
              <Select
                label={t("users.field.inviteLanguage")}
                description={t("users.inviteLanguageHelp")}
                allowDeselect={false}
                data={[
                  { value: "", label: t("users.languageLater") },
                  ...LANGUAGES.map((code) => ({ value: code, label: NATIVE_NAMES[code] })),
                ]}
                {...form.getInputProps("language")}
              />
            ) : (
              <PasswordInput
                label={t("users.field.password")}
                description={t("users.passwordHelp", { min: PASSWORD_MIN })}
                required
                autoComplete="new-password"
                {...form.getInputProps("password")}
              />
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" loading={add.isPending || change.isPending || invite.isPending}>
                {editing
                  ? t("users.save")
                  : form.values.way === "invite"
                    ? t("users.sendInvite")
                    : t("users.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
