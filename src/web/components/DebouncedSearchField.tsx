import { TextInput, type TextInputProps } from "@mantine/core";
import { useDebouncedCallback } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useEffect, useState } from "react";

/**
 * A search box that keeps its words in the address: typing sends them after a pause, and the
 * box follows the address when it changes from elsewhere (back button, "clear filters", a link).
 * Every search box of PRIMA is this one, so they all wait the same pause.
 */
export function DebouncedSearchField(
  props: {
    value: string;
    onSearch: (q: string) => void;
    label: string;
    placeholder: string;
  } & Pick<TextInputProps, "description" | "maxLength" | "size" | "w">,
) {
  const { value, onSearch, ...input } = props;
  const [text, setText] = useState(value);
  const debounced = useDebouncedCallback(onSearch, 300);
  useEffect(() => setText(value), [value]);
  return (
    <TextInput
      {...input}
      leftSection={<IconSearch size={16} aria-hidden />}
      type="search"
      value={text}
      onChange={(event) => {
        setText(event.currentTarget.value);
        debounced(event.currentTarget.value.trim());
      }}
    />
  );
}
