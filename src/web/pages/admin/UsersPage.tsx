/**
 * People, for administrators: everyone with an account, found by name or e-mail, role, region and
 * status; add a person, change one, deactivate or reactivate, sign someone out everywhere. Filters
 * and page live in the address, so a list can be shared and survives a reload.
 */
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Center,
  Group,
  Menu,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import {
  IconAlertTriangle,
  IconDots,
  IconLogout,
  IconPencil,
  IconShieldOff,
  IconUserCheck,
  IconUserOff,
  IconUserPlus,
} from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ROLES, type Role } from "../../../domain/roles";
import type { UserRow } from "../../../domain/user";
import { useReference } from "../../api/hooks";
import { useChangeUser, useEndUserSessions, useUsers } from "../../api/users";
import { PageLoader } from "../../components/AppLayout";
import { DebouncedSearchField } from "../../components/DebouncedSearchField";
import { Modal } from "../../components/Dialog";
import { ListPagination } from "../../components/ListPagination";
import { QueryError } from "../../components/QueryError";
import { Refreshing } from "../../components/Refreshing";
import { ScrollRegion } from "../../components/ScrollRegion";
import { useFormat } from "../../lib/format";
import { useListParams } from "../../lib/listParams";
import { useTitle } from "../../lib/useTitle";
import { ResetTwoFactorDialog, TwoFactorRequirementSwitch } from "./TwoFactorAdmin";
import { UserDialog } from "./UserDialog";

const PAGE_SIZE = 50;
const STATUSES = ["all", "true", "false"] as const;
type Status = (typeof STATUSES)[number];

function useUsersParams() {
  const { params, update } = useListParams(["all"]);
  const role = params.get("role");
  const active = params.get("active");
  const query = {
    q: params.get("q") ?? "",
    role: (ROLES as readonly string[]).includes(role ?? "") ? (role as Role) : null,
    region: params.get("region"),
    active: (STATUSES as readonly string[]).includes(active ?? "") ? (active as Status) : "all",
    page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
  };
  return { query, update };
}

/** What the administrator is about to do with someone, until they confirm or close it. */
type Pending =
  | { kind: "add" }
  | { kind: "deactivate" | "reactivate" | "signOut" | "resetTwoFactor"; user: UserRow };

export default function UsersPage() {
  const { t } = useTranslation();
  const format = useFormat();
  useTitle(t("users.title"));
  const reference = useReference();
  const { query, update } = useUsersParams();
  const [editing, setEditing] = useState<UserRow | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const users = useUsers({
    q: query.q || undefined,
    role: query.role ?? undefined,
    region: query.region ?? undefined,
    active: query.active === "all" ? undefined : query.active,
    limit: PAGE_SIZE,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const data = users.data;
  const pages = Math.max(1, Math.ceil((data?.total ?? 0) / PAGE_SIZE));
  const regions = (reference.data?.regions ?? []).map((r) => ({ value: r.code, label: format.name(r.name) }));
  const filtered = Boolean(query.q || query.role || query.region || query.active !== "all");

  return (
    <Stack gap="md" maw={1300} mx="auto">
      <Group justify="space-between" align="flex-start" gap="md">
        <div>
          <Title order={1}>{t("users.title")}</Title>
          <Text size="sm" c="dimmed" maw={820}>
            {t("users.intro")}
          </Text>
        </div>
        <Button
          leftSection={<IconUserPlus size={16} aria-hidden />}
          onClick={() => setPending({ kind: "add" })}
        >
          {t("users.addButton")}
        </Button>
      </Group>

      <TwoFactorRequirementSwitch />

      <Group align="flex-end" gap="md" wrap="wrap">
        <DebouncedSearchField
          value={query.q}
          onSearch={(q) => update({ q })}
          label={t("users.search")}
          placeholder={t("users.searchPlaceholder")}
          w={{ base: "100%", sm: 280 }}
        />
        <Select
          label={t("users.field.role")}
          placeholder={t("users.anyRole")}
          clearable
          data={ROLES.map((role) => ({ value: role, label: t(`role.${role}`) }))}
          value={query.role}
          onChange={(role) => update({ role })}
          w={{ base: "100%", sm: 220 }}
        />
        <Select
          label={t("users.field.region")}
          placeholder={t("users.anyRegion")}
          clearable
          data={regions}
          value={query.region}
          onChange={(region) => update({ region })}
          w={{ base: "100%", sm: 240 }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="users-status-label">
            {t("users.statusLabel")}
          </Text>
          <SegmentedControl
            aria-labelledby="users-status-label"
            value={query.active}
            onChange={(active) => update({ active })}
            data={STATUSES.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
          />
        </Stack>
      </Group>

      {users.isLoading ? (
        <PageLoader />
      ) : users.error ? (
        <QueryError error={users.error} onRetry={() => void users.refetch()} />
      ) : data && data.users.length > 0 ? (
        <Refreshing busy={users.isPlaceholderData}>
          <Paper>
            <PeopleTable
              users={data.users}
              onEdit={setEditing}
              onAsk={(kind, user) => setPending({ kind, user })}
            />
            <Group justify="space-between" p="md" gap="sm">
              <Text size="sm" c="dimmed" aria-live="polite">
                {t("users.total", { count: data.total, formatted: format.number(data.total) })}
              </Text>
              <ListPagination pages={pages} page={query.page} onChange={(page) => update({ page })} />
            </Group>
          </Paper>
        </Refreshing>
      ) : (
        <Paper p="xl">
          <Center>
            <Text fw={600}>{t(filtered ? "users.noMatch" : "users.empty")}</Text>
          </Center>
        </Paper>
      )}

      {pending?.kind === "add" && <UserDialog user={null} onClose={() => setPending(null)} />}
      {editing && <UserDialog user={editing} onClose={() => setEditing(null)} />}
      {pending?.kind === "resetTwoFactor" && (
        <ResetTwoFactorDialog user={pending.user} onClose={() => setPending(null)} />
      )}
      {pending && pending.kind !== "add" && pending.kind !== "resetTwoFactor" && (
        <ConfirmDialog kind={pending.kind} user={pending.user} onClose={() => setPending(null)} />
      )}
    </Stack>
  );
}

function PeopleTable({
  users,
  onEdit,
  onAsk,
}: {
  users: UserRow[];
  onEdit: (user: UserRow) => void;
  onAsk: (kind: "deactivate" | "reactivate" | "signOut" | "resetTwoFactor", user: UserRow) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const reference = useReference();
  const moment = useMemo(
    () => new Intl.DateTimeFormat(format.locale, { dateStyle: "medium", timeStyle: "short" }),
    [format.locale],
  );
  const regionName = (code: string | null) => {
    const region = reference.data?.regions.find((r) => r.code === code);
    return region ? format.name(region.name) : (code ?? format.missing);
  };
  const caption = t("users.caption");
  return (
    <ScrollRegion label={caption} minWidth={900}>
      <Table highlightOnHover verticalSpacing="sm" fz="sm">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("users.column.person")}</Table.Th>
            <Table.Th scope="col">{t("users.field.role")}</Table.Th>
            <Table.Th scope="col">{t("users.field.region")}</Table.Th>
            <Table.Th scope="col">{t("users.statusLabel")}</Table.Th>
            <Table.Th scope="col">{t("users.column.lastSignIn")}</Table.Th>
            <Table.Th scope="col">{t("users.column.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text inherit fw={600}>
                  {user.name}
                </Text>
                <Text size="xs" c="dimmed" truncate="end" maw={320} title={user.email}>
                  {user.email}
                </Text>
              </Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>{user.region ? regionName(user.region) : format.missing}</Table.Td>
              <Table.Td>
                <Badge
                  variant="light"
                  color={user.invited ? "orange" : user.active ? "green" : "gray"}
                  miw="max-content"
                >
                  {t(
                    user.invited
                      ? "users.status.invited"
                      : user.active
                        ? "users.status.true"
                        : "users.status.false",
                  )}
                </Badge>
              </Table.Td>
              <Table.Td>
                {user.lastSignInAt ? (
                  <Text
                    component="time"
                    dateTime={user.lastSignInAt}
                    size="sm"
                    style={{ whiteSpace: "nowrap" }}
                  >
                    {moment.format(new Date(user.lastSignInAt))}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t("users.never")}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => onEdit(user)}
                    aria-label={t("users.editFor", { name: user.name })}
                  >
                    {t("users.edit")}
                  </Button>
                  <Menu position="bottom-end" withinPortal withInitialFocusPlaceholder={false}>
                    <Menu.Target>
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={t("users.moreFor", { name: user.name })}
                      >
                        <IconDots size={18} aria-hidden />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      {user.active ? (
                        <Menu.Item
                          leftSection={<IconUserOff size={16} aria-hidden />}
                          onClick={() => onAsk("deactivate", user)}
                        >
                          {t("users.deactivate")}
                        </Menu.Item>
                      ) : (
                        <Menu.Item
                          leftSection={<IconUserCheck size={16} aria-hidden />}
                          onClick={() => onAsk("reactivate", user)}
                        >
                          {t("users.reactivate")}
                        </Menu.Item>
                      )}
                      <Menu.Item
                        leftSection={<IconLogout size={16} aria-hidden />}
                        onClick={() => onAsk("signOut", user)}
                      >
                        {t("users.signOut")}
                      </Menu.Item>
                      <Menu.Item
                        leftSection={<IconShieldOff size={16} aria-hidden />}
                        onClick={() => onAsk("resetTwoFactor", user)}
                      >
                        {t("twoFactor.reset")}
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Deactivating, reactivating or signing someone out says what it does before it does it. */
function ConfirmDialog({
  kind,
  user,
  onClose,
}: {
  kind: "deactivate" | "reactivate" | "signOut";
  user: UserRow;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const change = useChangeUser();
  const signOut = useEndUserSessions();
  const [failed, setFailed] = useState<string | null>(null);
  const busy = change.isPending || signOut.isPending;
  const succeed = () => {
    notifications.show({
      color: "green",
      closeButtonProps: { "aria-label": t("users.dismiss") },
      message: t(`users.done.${kind}`, { name: user.name }),
    });
    onClose();
  };
  const fail = (error: unknown) =>
    setFailed(
      error && typeof error === "object" && "status" in error && error.status === 409
        ? t("users.stale")
        : t("errors.unexpected"),
    );
  const confirm = () => {
    setFailed(null);
    if (kind === "signOut") {
      signOut.mutate(user.id, { onSuccess: succeed, onError: fail });
    } else {
      const { id, version, name, role, region } = user;
      change.mutate(
        { id, version, name, role, region, active: kind === "reactivate" },
        { onSuccess: succeed, onError: fail },
      );
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`users.confirm.${kind}.title`, { name: user.name })}
      closeButtonProps={{ "aria-label": t("users.closeDialog") }}
    >
      <Stack gap="md">
        <Text size="sm">{t(`users.confirm.${kind}.text`, { name: user.name })}</Text>
        {failed && (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>
            {failed}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t("common.cancel")}
          </Button>
          <Button
            color={kind === "reactivate" ? "green.9" : "red.9"}
            loading={busy}
            onClick={confirm}
            data-autofocus
          >
            {t(`users.confirm.${kind}.button`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
