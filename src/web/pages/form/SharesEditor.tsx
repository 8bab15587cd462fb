import { Badge, Group, NumberInput, Select, Stack, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { FULL_SHARE, totalShare } from "../../../domain/shares";
import { ListEditor } from "../../components/ListEditor";
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
  const shareLabel = t("project.share");
  const title = t(list === "areasOfWork" ? "project.byArea" : "project.byActivity");
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
      <ListEditor
        path={field}
        rows={rows}
        columns={[codeLabel, shareLabel]}
        rowClassName={classes.shareRow}
        emptyText={t("form.noShares")}
        error={form.errors[field]}
        addLabel={t(`form.add.${list}`)}
        canAdd={rows.length < options.length || options.length === 0}
        onAdd={() => form.insertListItem(field, newShareRow())}
        removeLabel={(index) => t(`form.remove.${list}`, { number: index + 1 })}
        onRemove={(index) => form.removeListItem(field, index)}
      >
        {(row, index) => {
          const taken = new Set(rows.filter((other) => other.key !== row.key).map((other) => other.code));
          return (
            <>
              <Select
                label={codeLabel}
                labelProps={{ className: classes.rowLabel }}
                data={options.map((o) => ({ ...o, disabled: taken.has(o.value) }))}
                searchable
                {...form.getInputProps(`${field}.${index}.code`)}
              />
              <NumberInput
                label={shareLabel}
                labelProps={{ className: classes.rowLabel }}
                min={0}
                max={100}
                decimalScale={2}
                rightSection="%"
                decimalSeparator={format.separators.decimal}
                {...form.getInputProps(`${field}.${index}.percent`)}
              />
            </>
          );
        }}
      </ListEditor>
    </Stack>
  );
}
