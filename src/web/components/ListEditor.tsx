import { ActionIcon, Button, Group, Input, Stack, Text } from "@mantine/core";
import { IconPlus, IconTrash } from "@tabler/icons-react";
import { type ReactNode, useRef } from "react";
import classes from "./ListEditor.module.css";

interface Props<Row extends { key: string }> {
  /** The form path of the list: an error on the list as a whole leads the user here. */
  path: string;
  rows: readonly Row[];
  /** One header per input of a row, in order; each row's inputs carry the same labels. */
  columns: readonly string[];
  rowClassName: string | undefined;
  emptyText: string;
  error: ReactNode;
  addLabel: string;
  canAdd: boolean;
  onAdd: () => void;
  removeLabel: (index: number) => string;
  onRemove: (index: number) => void;
  /** The inputs of one row; the remove button follows them. */
  children: (row: Row, index: number) => ReactNode;
}

/**
 * The class of a row input's label: visually hidden where the column headers name the inputs
 * (from "sm" up), shown where each row is a card of its own.
 */
export const ROW_LABEL_CLASS = classes.rowLabel;

/** A list of rows of inputs with column headers, a remove button per row and an add button. */
export function ListEditor<Row extends { key: string }>({
  path,
  rows,
  columns,
  rowClassName,
  emptyText,
  error,
  addLabel,
  canAdd,
  onAdd,
  removeLabel,
  onRemove,
  children,
}: Props<Row>) {
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <Stack gap="xs" data-path={path}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <div className={`${rowClassName} ${classes.headerRow}`} aria-hidden>
          {columns.map((label) => (
            <Text key={label} className={classes.rowHeader}>
              {label}
            </Text>
          ))}
        </div>
      )}
      {rows.map((row, index) => (
        <div key={row.key} className={rowClassName}>
          {children(row, index)}
          <ActionIcon
            variant="subtle"
            color="red"
            size={36}
            mt={{ base: 25, sm: 0 }}
            aria-label={removeLabel(index)}
            onClick={() => {
              onRemove(index);
              // The button goes away with its row; focus would otherwise fall back to the page.
              addButton.current?.focus();
            }}
          >
            <IconTrash size={18} aria-hidden />
          </ActionIcon>
        </div>
      ))}
      {error ? <Input.Error role="alert">{error}</Input.Error> : null}
      <Group>
        <Button
          ref={addButton}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={onAdd}
          disabled={!canAdd}
        >
          {addLabel}
        </Button>
      </Group>
    </Stack>
  );
}
