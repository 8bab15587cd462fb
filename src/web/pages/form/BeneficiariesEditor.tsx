import { NumberInput, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { AGE_GROUPS, SEXES } from "../../../domain/project";
import { Section } from "../../components/Section";
import { useFormat } from "../../lib/format";
import { useReferenceData } from "../../lib/reference";
import classes from "./form.module.css";
import { ListEditor } from "./ListEditor";
import { newBeneficiaryRow, type ProjectForm } from "./values";

const MAX_ROWS = 50;

export function BeneficiariesEditor({ form }: { form: ProjectForm }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const rows = form.values.beneficiaries;
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
      <ListEditor
        path="beneficiaries"
        rows={rows}
        columns={Object.values(labels)}
        rowClassName={classes.beneficiaryRow}
        emptyText={t("form.noBeneficiaries")}
        error={form.errors.beneficiaries}
        addLabel={t("form.add.beneficiaries")}
        canAdd={rows.length < MAX_ROWS}
        onAdd={() => form.insertListItem("beneficiaries", newBeneficiaryRow())}
        removeLabel={(index) => t("form.remove.beneficiaries", { number: index + 1 })}
        onRemove={(index) => form.removeListItem("beneficiaries", index)}
      >
        {(_row, index) => (
          <>
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
              // Mantine refuses a group separator equal to its default decimal "." (Spanish, German…).
              decimalSeparator={format.separators.decimal}
              {...form.getInputProps(`beneficiaries.${index}.number`)}
            />
          </>
        )}
      </ListEditor>
    </Section>
  );
}
