import { ActionIcon, Button, Group, Input, NumberInput, Select, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { AGE_GROUPS, SEXES } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./form.module.css";
import { newBeneficiaryRow, type ProjectForm } from "./values";

export function BeneficiariesEditor({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const rows = form.values.beneficiaries;
  const error = form.errors.beneficiaries;
  const labels = {
    type: t("beneficiary.type"),
    sex: t("beneficiary.sex"),
    ageGroup: t("beneficiary.ageGroup"),
    number: t("beneficiary.number"),
  };
  const sexes = SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }));
  const ageGroups = AGE_GROUPS.map((a) => ({ value: a, label: t(`ageGroup.${a}`) }));

  return (
    <Section title={t("project.beneficiaries")}>
      <Stack gap="xs">
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("form.noBeneficiaries")}
          </Text>
        ) : (
          <div className={`${classes.beneficiaryRow} ${classes.headerRow}`} aria-hidden>
            {Object.values(labels).map((label) => (
              <Text key={label} className={classes.rowHeader}>
                {label}
              </Text>
            ))}
          </div>
        )}
        {rows.map((row, index) => (
          <div key={row.key} className={classes.beneficiaryRow}>
            <Select
              label={labels.type}
              labelProps={{ className: classes.rowLabel }}
              data={refs.options("beneficiaryTypes")}
              searchable
              {...form.getInputProps(`beneficiaries.${index}.type`)}
            />
            <Select
              label={labels.sex}
              labelProps={{ className: classes.rowLabel }}
              data={sexes}
              {...form.getInputProps(`beneficiaries.${index}.sex`)}
            />
            <Select
              label={labels.ageGroup}
              labelProps={{ className: classes.rowLabel }}
              data={ageGroups}
              {...form.getInputProps(`beneficiaries.${index}.ageGroup`)}
            />
            <NumberInput
              label={labels.number}
              labelProps={{ className: classes.rowLabel }}
              min={1}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={format.separators.group}
              {...form.getInputProps(`beneficiaries.${index}.number`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              size={36}
              mt={{ base: 25, sm: 0 }}
              aria-label={t("form.remove.beneficiaries", { number: index + 1 })}
              onClick={() => form.removeListItem("beneficiaries", index)}
            >
              <IconTrash size={18} aria-hidden />
            </ActionIcon>
          </div>
        ))}
        {error ? <Input.Error role="alert">{error}</Input.Error> : null}
        <Group>
          <Button
            variant="light"
            size="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => form.insertListItem("beneficiaries", newBeneficiaryRow())}
            disabled={rows.length >= 50}
          >
            {t("form.add.beneficiaries")}
          </Button>
        </Group>
      </Stack>
    </Section>
  );
}
