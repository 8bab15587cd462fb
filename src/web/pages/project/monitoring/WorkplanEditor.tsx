import { Button, Group, Stack, Table, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import { dayOf } from "../../../../domain/calendar";
import type { FieldError } from "../../../../domain/errors";
import {
  MAX_MILESTONES,
  MILESTONE_TITLE_MAX,
  type Workplan,
  workplanInput,
} from "../../../../domain/workplan";
import { resultsApi, resultsKeys, useRememberWorkplan, useSaveWorkplan } from "../../../api/results";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { useEditBase } from "../../../lib/editBase";
import { formFieldErrors } from "../../../lib/fieldErrors";
import { useSaveProblem } from "../../../lib/useSaveProblem";
import { focusInput, ItemActions, resultsErrorMap, SaveProblemAlert } from "./ResultsParts";

interface MilestoneValues {
  key: string;
  id?: string;
  title: string;
  plannedDate: string;
  /** "" until the milestone is reached. */
  actualDate: string;
}

interface Values {
  milestones: MilestoneValues[];
}

let nextKey = 0;

function valuesOf(plan: Workplan): Values {
  return { milestones: plan.milestones.map((m) => ({ ...m, key: m.id, actualDate: m.actualDate ?? "" })) };
}

/** The body the API takes: an empty actual date is "not reached". */
function inputOf(version: number, values: Values) {
  return {
    version,
    milestones: values.milestones.map(({ key: _key, ...m }) => ({ ...m, actualDate: m.actualDate || null })),
  };
}

const DRAWN = /^milestones\.\d+\.(title|plannedDate|actualDate)$/;

/** The milestones as an editable table: title and dates per row, add, remove and move up/down. */
export function WorkplanEditor({
  projectId,
  plan,
  onDone,
}: {
  projectId: string;
  plan: Workplan;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveWorkplan(projectId);
  const remember = useRememberWorkplan(projectId);
  const client = useQueryClient();
  const addButton = useRef<HTMLButtonElement>(null);
  const today = dayOf(new Date());
  const server = useMemo(() => ({ version: plan.version, values: valuesOf(plan) }), [plan]);
  const form = useForm<Values>({
    initialValues: server.values,
    validate: (values) => {
      const result = workplanInput.safeParse(inputOf(edit.version(), values), { reportInput: true });
      const errors: FieldError[] = result.success ? [] : formFieldErrors(result.error);
      values.milestones.forEach((m, index) => {
        if (m.actualDate && m.actualDate > today) {
          errors.push({ field: `milestones.${index}.actualDate`, code: "actualInFuture", message: "" });
        }
      });
      return resultsErrorMap(t, errors);
    },
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening
  useEffect(() => {
    if (plan.milestones.length > 0) focusInput(form, "milestones.0.title");
    else addButton.current?.focus();
  }, []);
  // A refetch never wipes what is typed; only "load the latest version" starts over.
  const edit = useEditBase(form, server);
  const { problem, setProblem, alertRef, onError, onInvalidInput, reload } = useSaveProblem<Workplan>({
    showAtInputs: (errors) => form.setErrors(resultsErrorMap(t, errors)),
    isDrawn: (field) => DRAWN.test(field),
    fetchLatest: () =>
      client.fetchQuery({
        queryKey: resultsKeys.workplan(projectId),
        queryFn: () => resultsApi.workplan(projectId),
        staleTime: 0,
      }),
    startOver: (next) => {
      remember(next);
      edit.reset({ version: next.version, values: valuesOf(next) });
    },
    block: "center",
  });

  const submit = form.onSubmit(
    (values) => {
      setProblem(null);
      save.mutate(workplanInput.parse(inputOf(edit.version(), values)), {
        onSuccess: () => {
          notifications.show({
            color: "green",
            title: t("results.workplan.savedTitle"),
            message: t("results.workplan.saved"),
          });
          onDone();
        },
        onError,
      });
    },
    (errors) => onInvalidInput(form, errors),
  );

  const rows = form.values.milestones;
  const undrawn = problem?.kind === "invalid" ? problem.errors : [];

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {problem && (
          <SaveProblemAlert problem={problem} undrawn={undrawn} onReload={reload} alertRef={alertRef} />
        )}
        {rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("results.workplan.empty")}
          </Text>
        ) : (
          <ScrollRegion label={t("results.workplan.caption")} minWidth={720}>
            <Table
              verticalSpacing={6}
              fz="sm"
              aria-label={t("results.workplan.caption")}
              data-path="milestones"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t("results.workplan.milestone")}</Table.Th>
                  <Table.Th w={170}>{t("results.workplan.plannedDate")}</Table.Th>
                  <Table.Th w={170}>{t("results.workplan.actualDate")}</Table.Th>
                  <Table.Th w={120}>{t("results.workplan.actions")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row, index) => {
                  const number = index + 1;
                  return (
                    <Table.Tr key={row.key} style={{ verticalAlign: "top" }}>
                      <Table.Td>
                        <TextInput
                          aria-label={t("results.workplan.titleOf", { number })}
                          required
                          maxLength={MILESTONE_TITLE_MAX}
                          {...form.getInputProps(`milestones.${index}.title`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          type="date"
                          aria-label={t("results.workplan.plannedDateOf", { number })}
                          required
                          {...form.getInputProps(`milestones.${index}.plannedDate`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          type="date"
                          aria-label={t("results.workplan.actualDateOf", { number })}
                          max={today}
                          {...form.getInputProps(`milestones.${index}.actualDate`)}
                        />
                      </Table.Td>
                      <Table.Td pt={10}>
                        <ItemActions
                          index={index}
                          count={rows.length}
                          item={t("results.workplan.milestoneNumber", { number })}
                          onMove={(from, to) => form.reorderListItem("milestones", { from, to })}
                          onRemove={() => {
                            form.removeListItem("milestones", index);
                            addButton.current?.focus();
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        )}
        <Text size="xs" c="dimmed">
          {t("results.workplan.actualHelp")}
        </Text>
        <Group justify="space-between" gap="sm">
          <Button
            ref={addButton}
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
            disabled={rows.length >= MAX_MILESTONES}
            onClick={() => {
              form.insertListItem("milestones", {
                key: `new-${++nextKey}`,
                title: "",
                plannedDate: "",
                actualDate: "",
              });
              requestAnimationFrame(() => focusInput(form, `milestones.${rows.length}.title`));
            }}
          >
            {t("results.workplan.add")}
          </Button>
          <Group gap="sm">
            <Button variant="default" onClick={onDone} disabled={save.isPending}>
              {t("results.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t("results.workplan.save")}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
