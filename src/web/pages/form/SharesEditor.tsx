import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Input,
  NumberInput,
  Select,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { FULL_SHARE, totalShare } from "../../../domain/shares";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./form.module.css";
import { newShareRow, type ProjectForm } from "./values";

interface Props {
  form: ProjectForm;
  field: "areaShares" | "activityShares";
  list: "areasOfWork" | "activityTypes";
}

export function SharesEditor({ form, field, list }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const rows = form.values[field];
  const total = totalShare(rows.map((row) => ({ percent: Number(row.percent) || 0 })));
  const complete = total === FULL_SHARE;
  const codeLabel = t(list === "areasOfWork" ? "project.areaOfWork" : "project.activityType");
  const title = t(list === "areasOfWork" ? "project.byArea" : "project.byActivity");
  const error = form.errors[field];
  const options = refs.options(list);
  const headingId = `${field}-heading`;

  return (
    <Stack gap="xs" role="group" aria-labelledby={headingId}>
      <Group justify="space-between">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {rows.length > 0 && (
          <Badge variant="light" color={complete ? "green" : "orange"} aria-live="polite">
            {t("form.total", { total: format.percent(total / 100) })}
          </Badge>
        )}
      </Group>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("form.noShares")}
        </Text>
      )}
      {rows.length > 0 && (
        <div className={`${classes.shareRow} ${classes.headerRow}`} aria-hidden>
          <Text className={classes.rowHeader}>{codeLabel}</Text>
          <Text className={classes.rowHeader}>{t("project.share")}</Text>
        </div>
      )}
      {rows.map((row, index) => {
        const taken = new Set(rows.filter((other) => other.key !== row.key).map((other) => other.code));
        return (
          <div key={row.key} className={classes.shareRow}>
            <Select
              label={codeLabel}
              labelProps={{ className: classes.rowLabel }}
              data={options.map((o) => ({ ...o, disabled: taken.has(o.value) }))}
              searchable
              {...form.getInputProps(`${field}.${index}.code`)}
            />
            <NumberInput
              label={t("project.share")}
              labelProps={{ className: classes.rowLabel }}
              min={0}
              max={100}
              decimalScale={2}
              rightSection="%"
              decimalSeparator={format.separators.decimal}
              {...form.getInputProps(`${field}.${index}.percent`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size={36}
              mt={{ base: 25, sm: 0 }}
              aria-label={t(`form.remove.${list}`, { number: index + 1 })}
              onClick={() => form.removeListItem(field, index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </div>
        );
      })}
      {error ? <Input.Error role="alert">{error}</Input.Error> : null}
      <Group>
        <Button
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem(field, newShareRow())}
          disabled={rows.length >= options.length && options.length > 0}
        >
          {t(`form.add.${list}`)}
        </Button>
      </Group>
    </Stack>
  );
}
