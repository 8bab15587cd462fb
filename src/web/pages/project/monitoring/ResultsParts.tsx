/** Pieces the results matrix, workplan and progress sections share. */
import { ActionIcon, Alert, Button, Group, List, Stack, Text } from "@mantine/core";
import { IconAlertCircle, IconArrowDown, IconArrowUp, IconGitMerge, IconTrash } from "@tabler/icons-react";
import type { TFunction } from "i18next";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../domain/errors";
import { translateFieldError } from "../../../lib/fieldErrors";
import type { SaveProblem } from "../../../lib/formProblem";

/** Our own codes first (results.errors.*), then PRIMA's general ones, then the API's sentence. */
export function translateResultsError(t: TFunction, error: FieldError): string {
  return t(`results.errors.${error.code}`, {
    ...(error.params ?? {}),
    defaultValue: translateFieldError(t, error),
  });
}

/** One message per form path (the first), as Mantine's form keys its errors. */
export function resultsErrorMap(t: TFunction, errors: readonly FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) map[error.field] ??= translateResultsError(t, error);
  return map;
}

/**
 * The alert above an editor: what to correct (with the errors no input shows), or that someone
 * else saved first, with the way to continue from their version.
 */
export function SaveProblemAlert({
  problem,
  undrawn,
  onReload,
  alertRef,
}: {
  problem: SaveProblem;
  /** Errors not shown beside an input (e.g. on an id): listed here so none goes unseen. */
  undrawn: FieldError[];
  onReload: () => void;
  alertRef: Ref<HTMLDivElement>;
}) {
  const { t } = useTranslation();
  const conflict = problem.kind === "conflict";
  return (
    <Alert
      ref={alertRef}
      tabIndex={-1}
      role="alert"
      variant="light"
      color={conflict ? "orange" : "red"}
      icon={conflict ? <IconGitMerge aria-hidden /> : <IconAlertCircle aria-hidden />}
      title={t(`results.problem.${problem.kind}Title`)}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{t(`results.problem.${problem.kind}`)}</Text>
        {undrawn.length > 0 && (
          <List size="sm">
            {undrawn.map((e) => (
              <List.Item key={`${e.field}-${e.code}-${e.params?.indicator ?? ""}`}>
                {translateResultsError(t, e)}
              </List.Item>
            ))}
          </List>
        )}
        {(conflict || problem.kind === "forbidden") && (
          <Button variant="white" color={conflict ? "orange" : "red"} onClick={onReload}>
            {t("results.reload")}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

/**
 * Move up, move down and remove for an item of a list. At either end a move button stays
 * focusable (aria-disabled) so that moving an item to the top does not drop the keyboard focus.
 */
export function ItemActions({
  index,
  count,
  item,
  onMove,
  onRemove,
}: {
  index: number;
  count: number;
  /** How the labels name the item: "outcome 2", "indicator 1 of output 1.2". */
  item: string;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const first = index === 0;
  const last = index === count - 1;
  return (
    <Group gap={4} wrap="nowrap">
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t("results.moveUp", { item })}
        aria-disabled={first || undefined}
        data-disabled={first || undefined}
        onClick={() => !first && onMove(index, index - 1)}
      >
        <IconArrowUp size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon
        variant="subtle"
        color="gray"
        aria-label={t("results.moveDown", { item })}
        aria-disabled={last || undefined}
        data-disabled={last || undefined}
        onClick={() => !last && onMove(index, index + 1)}
      >
        <IconArrowDown size={18} aria-hidden />
      </ActionIcon>
      <ActionIcon variant="subtle" color="red" aria-label={t("results.remove", { item })} onClick={onRemove}>
        <IconTrash size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}

/** Puts the keyboard focus in a form's input, by its path (after adding an item). */
export function focusInput(form: { getInputNode: (path: string) => HTMLElement | null }, path: string) {
  form.getInputNode(path)?.focus();
}

/** A section's data failed to load: say so in place, with a retry. */
export function SectionLoadError({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle aria-hidden />}>
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t("results.loadFailed")}</Text>
        <Button variant="white" color="red" size="xs" onClick={onRetry}>
          {t("results.retry")}
        </Button>
      </Group>
    </Alert>
  );
}
