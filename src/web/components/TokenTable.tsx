/** API tokens as a table: name, rights, dates, and a revoke button that asks first. */
import { Badge, Button, Group, Stack, Table, Text } from "@mantine/core";
import { IconKeyOff } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ApiToken } from "../../domain/apiTokens";
import { useRevokeToken } from "../api/apiTokens";
import { useFormat } from "../lib/format";
import { Modal } from "./Dialog";
import { ScrollRegion } from "./ScrollRegion";

export function TokenTable({
  tokens,
  caption,
  withOwner,
}: {
  tokens: ApiToken[];
  caption: string;
  withOwner: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const revoke = useRevokeToken();
  const day = useMemo(() => new Intl.DateTimeFormat(format.locale, { dateStyle: "medium" }), [format.locale]);
  const when = (iso: string | null, none: string) =>
    iso ? (
      <time dateTime={iso}>{day.format(new Date(iso))}</time>
    ) : (
      <Text span size="sm" c="dimmed">
        {none}
      </Text>
    );
  if (tokens.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t("tokens.none")}
      </Text>
    );
  }
  return (
    <>
      <ScrollRegion label={caption} minWidth={640}>
        <Table verticalSpacing="sm" fz="sm">
          <Table.Caption>{caption}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("tokens.column.name")}</Table.Th>
              {withOwner && <Table.Th scope="col">{t("tokens.column.owner")}</Table.Th>}
              <Table.Th scope="col">{t("tokens.column.scope")}</Table.Th>
              <Table.Th scope="col">{t("tokens.column.created")}</Table.Th>
              <Table.Th scope="col">{t("tokens.column.expires")}</Table.Th>
              <Table.Th scope="col">{t("tokens.column.lastUsed")}</Table.Th>
              <Table.Th scope="col">{t("tokens.column.actions")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td fw={600}>{token.name}</Table.Td>
                {withOwner && (
                  <Table.Td>
                    {token.owner.name}
                    <Text size="xs" c="dimmed">
                      {token.owner.email}
                    </Text>
                  </Table.Td>
                )}
                <Table.Td>
                  <Badge
                    variant="light"
                    color={token.scope === "write" ? "orange" : "blue"}
                    miw="max-content"
                  >
                    {t(`tokens.scope.${token.scope}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{when(token.createdAt, "")}</Table.Td>
                <Table.Td>{when(token.expiresAt, t("tokens.never"))}</Table.Td>
                <Table.Td>{when(token.lastUsedAt, t("tokens.notYet"))}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    color="red"
                    leftSection={<IconKeyOff size={14} aria-hidden />}
                    aria-label={t("tokens.revokeFor", { name: token.name })}
                    onClick={() => setRevoking(token)}
                  >
                    {t("tokens.revoke")}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {revoking && (
        <Modal
          opened
          onClose={() => setRevoking(null)}
          title={t("tokens.confirmTitle", { name: revoking.name })}
          closeButtonProps={{ "aria-label": t("tokens.close") }}
        >
          <Stack gap="md">
            <Text size="sm">{t("tokens.confirmText")}</Text>
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setRevoking(null)}>
                {t("common.cancel")}
              </Button>
              <Button
                color="red.9"
                data-autofocus
                loading={revoke.isPending}
                onClick={() =>
                  revoke.mutate(
                    { id: revoking.id, anyone: withOwner },
                    { onSuccess: () => setRevoking(null) },
                  )
                }
              >
                {t("tokens.revoke")}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}
