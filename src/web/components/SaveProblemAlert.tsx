import { Alert, Button, List, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconGitMerge } from "@tabler/icons-react";
import type { Ref } from "react";

interface Props {
  ref: Ref<HTMLDivElement>;
  /** Someone else saved first: the alert offers their version instead of blaming the input. */
  conflict: boolean;
  title: string;
  text: string;
  /** What to correct, already in the user's language. */
  items: readonly string[];
  reloadLabel: string;
  onReload: () => void;
}

/**
 * Why a save was refused, at the top of an editor: focusable (the save hook moves focus here so
 * a screen reader hears it) and, after a conflict, the way to the latest version.
 */
export function SaveProblemAlert({ ref, conflict, title, text, items, reloadLabel, onReload }: Props) {
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={conflict ? "orange" : "red"}
      variant="light"
      icon={conflict ? <IconGitMerge aria-hidden /> : <IconAlertCircle aria-hidden />}
      title={title}
      role="alert"
      style={{ scrollMarginTop: 80 }}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{text}</Text>
        {items.length > 0 && (
          <List size="sm">
            {items.map((item, index) => (
              // The same message may stand twice (two rows with the same fault); the index keeps both.
              // biome-ignore lint/suspicious/noArrayIndexKey: the list is rebuilt whole on each refusal
              <List.Item key={`${index}-${item}`}>{item}</List.Item>
            ))}
          </List>
        )}
        {conflict && (
          <Button variant="white" color="orange" onClick={onReload}>
            {reloadLabel}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
