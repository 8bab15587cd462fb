/**
 * Rows of beneficiary groups (type, sex, age group, number): the project's targets and a
 * narrative report's people reached are the same rows, with their own texts and limits.
 */
import { NumberInput, Select } from "@mantine/core";
import type { GetInputPropsReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { AGE_GROUPS, SEXES } from "../../domain/project";
import { useFormat } from "../lib/format";
import { useReferenceData } from "../lib/reference";
import classes from "./BeneficiaryRowsEditor.module.css";
import { ListEditor, ROW_LABEL_CLASS } from "./ListEditor";

/** What a row's inputs hold: Mantine selects speak string | null and number inputs number | "". */
export interface BeneficiaryRowValues {
  key: string;
  type: string | null;
  sex: (typeof SEXES)[number] | null;
  ageGroup: (typeof AGE_GROUPS)[number] | null;
  number: number | string;
}

/** The part of a Mantine form the rows need; its list lives under the path "beneficiaries". */
interface RowsForm {
  getInputProps: (path: `beneficiaries.${number}.${keyof BeneficiaryRowValues}`) => GetInputPropsReturnType;
}

interface Props<Row extends BeneficiaryRowValues> {
  form: RowsForm;
  rows: readonly Row[];
  error: ReactNode;
  maxRows: number;
  /** The smallest number a row may hold: a target counts someone, a report may have reached none. */
  minNumber: number;
  texts: { empty: string; add: string; remove: (number: number) => string };
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** A column after the number, read-only (a report shows each row's target there). */
  column?: { label: string; render: (row: Row) => ReactNode };
}

export function BeneficiaryRowsEditor<Row extends BeneficiaryRowValues>({
  form,
  rows,
  error,
  maxRows,
  minNumber,
  texts,
  onAdd,
  onRemove,
  column,
}: Props<Row>) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const labels = {
    type: t("beneficiary.type"),
    sex: t("beneficiary.sex"),
    ageGroup: t("beneficiary.ageGroup"),
    number: t("beneficiary.number"),
  };
  const sexes = SEXES.map((s) => ({ value: s, label: t(`sex.${s}`) }));
  const ageGroups = AGE_GROUPS.map((a) => ({ value: a, label: t(`ageGroup.${a}`) }));

  return (
    <ListEditor<Row>
      path="beneficiaries"
      rows={rows}
      columns={column ? [...Object.values(labels), column.label] : Object.values(labels)}
      rowClassName={column ? `${classes.row} ${classes.withColumn}` : classes.row}
      emptyText={texts.empty}
      error={error}
      addLabel={texts.add}
      canAdd={rows.length < maxRows}
      onAdd={onAdd}
      removeLabel={(index) => texts.remove(index + 1)}
      onRemove={onRemove}
    >
      {(row, index) => (
        <>
          <Select
            label={labels.type}
            labelProps={{ className: ROW_LABEL_CLASS }}
            data={refs.options("beneficiaryTypes")}
            searchable
            {...form.getInputProps(`beneficiaries.${index}.type`)}
          />
          <Select
            label={labels.sex}
            labelProps={{ className: ROW_LABEL_CLASS }}
            data={sexes}
            {...form.getInputProps(`beneficiaries.${index}.sex`)}
          />
          <Select
            label={labels.ageGroup}
            labelProps={{ className: ROW_LABEL_CLASS }}
            data={ageGroups}
            {...form.getInputProps(`beneficiaries.${index}.ageGroup`)}
          />
          <NumberInput
            label={labels.number}
            labelProps={{ className: ROW_LABEL_CLASS }}
            min={minNumber}
            allowDecimal={false}
            allowNegative={false}
            thousandSeparator={format.separators.group}
            // Mantine refuses a group separator equal to its default decimal "." (Spanish, German…).
            decimalSeparator={format.separators.decimal}
            {...form.getInputProps(`beneficiaries.${index}.number`)}
          />
          {column?.render(row)}
        </>
      )}
    </ListEditor>
  );
}
