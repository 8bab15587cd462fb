import { Button, Group, NumberInput, Stack, Text, TextInput } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  INDICATOR_NAME_MAX,
  MAX_INDICATORS_PER_RESULT,
  UNIT_MAX,
  VERIFICATION_MAX,
} from "../../../../domain/resultsMatrix";
import { useFormat } from "../../../lib/format";
import classes from "./ResultsMatrix.module.css";
import { type IndicatorValues, type MatrixForm, newIndicator } from "./ResultsMatrixForm";
import { focusInput, ItemActions } from "./ResultsParts";

/** The indicators of one level of the matrix: each a small fieldset, in order, with add/move/remove. */
export function ResultsIndicatorList({
  form,
  path,
  indicators,
  owner,
}: {
  form: MatrixForm;
  /** "objectiveIndicators", "outcomes.0.indicators", "outcomes.0.outputs.1.indicators". */
  path: string;
  indicators: IndicatorValues[];
  /** What they measure, as labels name it: "the objective", "output 1.2". */
  owner: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = form.errors[path];
  const numberProps = {
    thousandSeparator: format.separators.group,
    decimalSeparator: format.separators.decimal,
    hideControls: true,
  } as const;
  return (
    <Stack gap="xs" data-path={path}>
      <Text size="sm" fw={600}>
        {t("results.matrix.indicators")}
      </Text>
      {indicators.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("results.matrix.noIndicators")}
        </Text>
      )}
      {indicators.map((indicator, index) => {
        const item = t("results.editor.indicatorOf", { number: index + 1, item: owner });
        const at = `${path}.${index}`;
        return (
          <fieldset key={indicator.key} className={classes.indicator}>
            <legend>{t("results.editor.indicatorNumber", { number: index + 1 })}</legend>
            <div className={classes.indicatorActions}>
              <ItemActions
                index={index}
                count={indicators.length}
                item={item}
                onMove={(from, to) => form.reorderListItem(path, { from, to })}
                onRemove={() => {
                  form.removeListItem(path, index);
                  addButton.current?.focus();
                }}
              />
            </div>
            <div className={classes.indicatorGrid}>
              <TextInput
                label={t("results.matrix.indicator")}
                required
                maxLength={INDICATOR_NAME_MAX}
                {...form.getInputProps(`${at}.name`)}
              />
              <TextInput
                label={t("results.matrix.unit")}
                required
                maxLength={UNIT_MAX}
                {...form.getInputProps(`${at}.unit`)}
              />
              <NumberInput
                label={t("results.matrix.baseline")}
                required
                {...numberProps}
                {...form.getInputProps(`${at}.baseline`)}
              />
              <NumberInput
                label={t("results.matrix.target")}
                required
                {...numberProps}
                {...form.getInputProps(`${at}.target`)}
              />
              <TextInput
                className={classes.wide}
                label={t("results.matrix.meansOfVerification")}
                maxLength={VERIFICATION_MAX}
                {...form.getInputProps(`${at}.meansOfVerification`)}
              />
            </div>
          </fieldset>
        );
      })}
      {typeof listError === "string" && (
        <Text size="sm" c="red.8">
          {listError}
        </Text>
      )}
      <Group>
        <Button
          ref={addButton}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={indicators.length >= MAX_INDICATORS_PER_RESULT}
          onClick={() => {
            form.insertListItem(path, newIndicator());
            // The new indicator's first input takes the focus, ready to type.
            requestAnimationFrame(() => focusInput(form, `${path}.${indicators.length}.name`));
          }}
        >
          {t("results.editor.addIndicator", { item: owner })}
        </Button>
      </Group>
    </Stack>
  );
}
