import { NumberInput, type NumberInputProps, Text } from "@mantine/core";
import { forwardRef } from "react";
import { useTranslation } from "react-i18next";
import { parseMoney } from "../../domain/money";
import { useFormat } from "../lib/format";

type Props = Omit<NumberInputProps, "value" | "onChange" | "onValueChange"> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * An amount in USD: shown in the language's format, handed over as the plain decimal string it
 * parsed ("180000.5"), never a float; stepping is off for the same reason. What is typed stays as
 * typed: an amount the API would refuse (a third decimal) is refused here at once, by the API's
 * own rule, rather than cut to two decimals behind the user's back. The form's own check refuses
 * it too, so that it is never sent.
 */
export const MoneyInput = forwardRef<HTMLInputElement, Props>(function MoneyInput(
  { value, onChange, error, ...props },
  ref,
) {
  const { t } = useTranslation();
  const format = useFormat();
  const refused = value.trim() !== "" && parseMoney(value) === null;
  const currency = (
    <Text span size="sm" c="dimmed" aria-hidden>
      {format.currency.symbol}
    </Text>
  );
  return (
    <NumberInput
      ref={ref}
      leftSection={format.currency.before ? currency : undefined}
      rightSection={format.currency.before ? undefined : currency}
      leftSectionWidth={44}
      rightSectionWidth={52}
      hideControls
      withKeyboardEvents={false}
      valueIsNumericString
      allowNegative={false}
      thousandSeparator={format.separators.group}
      decimalSeparator={format.separators.decimal}
      {...props}
      error={error || (refused ? t("errors.money") : undefined)}
      value={value}
      onValueChange={({ value: next }, { source }) => {
        if (source === "event") onChange(next);
      }}
    />
  );
});
