/**
 * Webhooks for administrators: register a URL and the events it is told of, see its signing secret
 * once, edit or remove it; below, the delivery log with the last answer and Retry for a failure.
 */

import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Code,
  CopyButton,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconAlertTriangle } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  type DeliveryStatus,
  WEBHOOK_EVENTS,
  type Webhook,
  type WebhookDelivery,
  type WebhookEvent,
} from "../../../domain/webhooks";
import {
  useCreateWebhook,
  useDeleteWebhook,
  useDeliveries,
  useRetryDelivery,
  useUpdateWebhook,
  useWebhooks,
} from "../../api/webhooks";
import { PageLoader } from "../../components/AppLayout";
import { Modal } from "../../components/Dialog";
import { QueryError } from "../../components/QueryError";
import { LastError, Moment, RetryButton } from "../../components/QueueCells";
import { ScrollRegion } from "../../components/ScrollRegion";
import { fieldErrorMap } from "../../lib/fieldErrors";
import { useFormat } from "../../lib/format";
import { formProblemOf } from "../../lib/formProblem";
import { useTitle } from "../../lib/useTitle";

const STATUS_COLOR: Record<DeliveryStatus, string> = { pending: "blue", delivered: "green", failed: "red" };

interface FormValues {
  url: string;
  events: WebhookEvent[];
  active: boolean;
}

function WebhookFields({ form }: { form: ReturnType<typeof useForm<FormValues>> }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput
        label={t("webhooks.url")}
        description={t("webhooks.urlHint")}
        placeholder="https://"
        required
        {...form.getInputProps("url")}
      />
      <Checkbox.Group label={t("webhooks.events")} required {...form.getInputProps("events")}>
        <Stack gap={6} mt={6}>
          {WEBHOOK_EVENTS.map((event) => (
            <Checkbox key={event} value={event} label={t(`webhooks.event.${event}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Switch label={t("webhooks.active")} {...form.getInputProps("active", { type: "checkbox" })} />
    </Stack>
  );
}

export default function WebhooksPage() {
  const { t } = useTranslation();
  useTitle(t("webhooks.title"));
  const hooks = useWebhooks();
  const create = useCreateWebhook();
  const [secret, setSecret] = useState<{ url: string; secret: string } | null>(null);
  const [editing, setEditing] = useState<Webhook | null>(null);
  const form = useForm<FormValues>({ initialValues: { url: "", events: ["projectStep"], active: true } });
  const submit = form.onSubmit((values) => {
    setSecret(null);
    create.mutate(values, {
      onSuccess: (made) => {
        setSecret({ url: made.url, secret: made.secret });
        form.reset();
      },
      onError: (error) => {
        const refused = formProblemOf(error);
        if (refused?.kind === "invalid") form.setErrors(fieldErrorMap(t, refused.errors));
      },
    });
  });

  return (
    <Stack gap="md" maw={1300} mx="auto">
      <div>
        <Title order={1}>{t("webhooks.title")}</Title>
        <Text size="sm" c="dimmed" maw={820}>
          {t("webhooks.intro")}
        </Text>
      </div>
      <Paper component="section" aria-labelledby="webhooks-add" p="lg">
        <Title order={2} size="h3" id="webhooks-add" mb="md">
          {t("webhooks.add")}
        </Title>
        {secret && (
          <Alert color="green" variant="light" role="status" title={t("webhooks.secretTitle")} mb="md">
            <Stack gap="xs">
              <Text size="sm">{t("webhooks.secretText", { url: secret.url })}</Text>
              <Code block data-testid="webhook-secret">
                {secret.secret}
              </Code>
              <Group>
                <CopyButton value={secret.secret}>
                  {({ copied, copy }) => (
                    <Button size="xs" variant="light" onClick={copy}>
                      {copied ? t("webhooks.copied") : t("webhooks.copy")}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="md" maw={640}>
            <WebhookFields form={form} />
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t("webhooks.addButton")}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <Paper component="section" aria-labelledby="webhooks-list" p="lg">
        <Title order={2} size="h3" id="webhooks-list" mb="md">
          {t("webhooks.listTitle")}
        </Title>
        {hooks.error ? (
          <QueryError error={hooks.error} onRetry={() => void hooks.refetch()} />
        ) : hooks.data ? (
          hooks.data.length === 0 ? (
            <Text>{t("webhooks.none")}</Text>
          ) : (
            <WebhookTable hooks={hooks.data} onEdit={setEditing} />
          )
        ) : (
          <PageLoader />
        )}
      </Paper>
      <DeliveryLog />
      {editing && <EditWebhook hook={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function WebhookTable({ hooks, onEdit }: { hooks: Webhook[]; onEdit: (hook: Webhook) => void }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t("webhooks.listTitle")} minWidth={700}>
      <Table verticalSpacing="sm" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("webhooks.url")}</Table.Th>
            <Table.Th scope="col">{t("webhooks.events")}</Table.Th>
            <Table.Th scope="col">{t("webhooks.state")}</Table.Th>
            <Table.Th scope="col">{t("webhooks.actions")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {hooks.map((hook) => (
            <Table.Tr key={hook.id}>
              <Table.Td>
                <Text inherit ff="monospace" style={{ wordBreak: "break-all" }}>
                  {hook.url}
                </Text>
              </Table.Td>
              <Table.Td>{hook.events.map((event) => t(`webhooks.event.${event}`)).join(", ")}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={hook.active ? "green" : "gray"}>
                  {t(hook.active ? "webhooks.isActive" : "webhooks.isInactive")}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={t("webhooks.editOne", { url: hook.url })}
                  onClick={() => onEdit(hook)}
                >
                  {t("webhooks.edit")}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

function EditWebhook({ hook, onClose }: { hook: Webhook; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateWebhook();
  const remove = useDeleteWebhook();
  const [stale, setStale] = useState(false);
  const form = useForm<FormValues>({
    initialValues: { url: hook.url, events: hook.events, active: hook.active },
  });
  const submit = form.onSubmit((values) => {
    update.mutate(
      { id: hook.id, body: { ...values, version: hook.version } },
      {
        onSuccess: onClose,
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused?.kind === "invalid") form.setErrors(fieldErrorMap(t, refused.errors));
          if (refused?.kind === "conflict") setStale(true);
        },
      },
    );
  });
  return (
    <Modal
      opened
      onClose={onClose}
      title={t("webhooks.editTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("webhooks.close") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {stale && (
            <Alert color="yellow" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
              {t("webhooks.stale")}
            </Alert>
          )}
          <WebhookFields form={form} />
          <Group justify="space-between">
            <Button
              variant="outline"
              color="red.9"
              loading={remove.isPending}
              onClick={() => remove.mutate(hook.id, { onSuccess: onClose })}
            >
              {t("webhooks.delete")}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t("webhooks.save")}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t("webhooks.deleteHint")}
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}

function DeliveryLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const deliveries = useDeliveries({ limit: 100 });
  const retry = useRetryDelivery();
  const items: WebhookDelivery[] = deliveries.data?.items ?? [];
  return (
    <Paper component="section" aria-labelledby="webhooks-log" p="lg">
      <Title order={2} size="h3" id="webhooks-log" mb="xs">
        {t("webhooks.logTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="md" maw={820}>
        {t("webhooks.logIntro")}
      </Text>
      {retry.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} role="alert" mb="md">
          {t("webhooks.retryFailed")}
        </Alert>
      )}
      {deliveries.error ? (
        <QueryError error={deliveries.error} onRetry={() => void deliveries.refetch()} />
      ) : !deliveries.data ? (
        <PageLoader />
      ) : items.length === 0 ? (
        <Text>{t("webhooks.noDeliveries")}</Text>
      ) : (
        <ScrollRegion label={t("webhooks.logTitle")} minWidth={1100}>
          <Table verticalSpacing="sm" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("webhooks.column.created")}</Table.Th>
                <Table.Th scope="col">{t("webhooks.column.event")}</Table.Th>
                <Table.Th scope="col">{t("webhooks.url")}</Table.Th>
                <Table.Th scope="col">{t("webhooks.column.status")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("webhooks.column.attempts")}
                </Table.Th>
                <Table.Th scope="col">{t("webhooks.column.lastAnswer")}</Table.Th>
                <Table.Th scope="col">{t("webhooks.column.next")}</Table.Th>
                <Table.Th scope="col">{t("webhooks.actions")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((delivery) => (
                <Table.Tr key={delivery.id}>
                  <Table.Td>
                    <Moment iso={delivery.createdAt} />
                  </Table.Td>
                  <Table.Td>{t(`webhooks.event.${delivery.event}`)}</Table.Td>
                  <Table.Td maw={260}>
                    <Text inherit truncate="end" title={delivery.url}>
                      {delivery.url}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[delivery.status]}>
                      {t(`webhooks.status.${delivery.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td ta="right">{format.number(delivery.attempts)}</Table.Td>
                  <Table.Td maw={280}>
                    <LastError
                      error={delivery.lastError}
                      fallback={
                        delivery.lastHttpStatus !== null ? `HTTP ${delivery.lastHttpStatus}` : undefined
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    {delivery.status === "pending" ? <Moment iso={delivery.nextAttemptAt} /> : format.missing}
                  </Table.Td>
                  <Table.Td>
                    <RetryButton
                      failed={delivery.status === "failed"}
                      label={t("webhooks.retryOne", { url: delivery.url })}
                      loading={retry.isPending && retry.variables === delivery.id}
                      onRetry={() => retry.mutate(delivery.id)}
                    >
                      {t("webhooks.retry")}
                    </RetryButton>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Paper>
  );
}
