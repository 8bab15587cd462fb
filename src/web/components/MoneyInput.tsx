import { NumberInput, type NumberInputProps, Text } from "@mantine/core";
import { forwardRef } from "react";
import { useFormat } from "../lib/format";

type Props = Omit<NumberInputProps, "value" | "onChange" | "onValueChange"> & {
  value: string;
  onChange: (value: string) => void;
};

/**
 * An amount in USD: shown in the language's format, handed over as the plain decimal string it
 * parsed ("180000.5"), never a float; stepping is off for the same reason.
 */
export const MoneyInput = forwardRef<HTMLInputElement, Props>(function MoneyInput(
  { value, onChange, ...props },
  ref,
) {
  const format = useFormat();
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
      decimalScale={2}
      allowNegative={false}
      thousandSeparator={format.separators.group}
      decimalSeparator={format.separators.decimal}
      {...props}
      value={value}
      onValueChange={({ value: next }, { source }) => {
        if (source === "event") onChange(next);
      }}
    />
  );
});
