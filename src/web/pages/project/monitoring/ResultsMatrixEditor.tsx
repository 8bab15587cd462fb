import { Button, Group, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../domain/errors";
import {
  ASSUMPTIONS_MAX,
  MAX_OUTCOMES,
  MAX_OUTPUTS_PER_OUTCOME,
  type ResultsMatrix,
  resultsMatrixInput,
  STATEMENT_MAX,
} from "../../../../domain/resultsMatrix";
import { resultsApi, resultsKeys, useRememberMatrix, useSaveResultsMatrix } from "../../../api/results";
import { useEditBase } from "../../../lib/editBase";
import { formFieldErrors } from "../../../lib/fieldErrors";
import { useSaveProblem } from "../../../lib/useSaveProblem";
import pageClasses from "../ProjectPage.module.css";
import { ResultsIndicatorList } from "./ResultsIndicatorList";
import classes from "./ResultsMatrix.module.css";
import {
  DRAWN_FIELD,
  type MatrixForm,
  type MatrixValues,
  newOutcome,
  newOutput,
  type OutputValues,
  valuesOf,
} from "./ResultsMatrixForm";
import { focusInput, ItemActions, resultsErrorMap, SaveProblemAlert } from "./ResultsParts";

/**
 * The results matrix in edit mode: every level's statement, assumptions and indicators, with
 * add, remove and move up/down. Saving sends the whole matrix; the server's field errors land
 * beside their inputs, and a conflicting save offers the other person's version.
 */
export function ResultsMatrixEditor({
  projectId,
  objective,
  matrix,
  onDone,
}: {
  projectId: string;
  objective: string;
  matrix: ResultsMatrix;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveResultsMatrix(projectId);
  const remember = useRememberMatrix(projectId);
  const addOutcomeId = useId();
  const client = useQueryClient();
  const server = useMemo(() => ({ version: matrix.version, values: valuesOf(matrix) }), [matrix]);
  const form: MatrixForm = useForm<MatrixValues>({
    initialValues: server.values,
    validate: (values) => {
      const result = resultsMatrixInput.safeParse(
        { version: edit.version(), ...values },
        { reportInput: true },
      );
      return result.success ? {} : resultsErrorMap(t, formFieldErrors(result.error));
    },
  });
  // The first field takes the focus when editing starts.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on opening
  useEffect(() => {
    focusInput(form, "objectiveAssumptions");
  }, []);
  // A refetch never wipes what is typed; only "load the latest version" starts over.
  const edit = useEditBase(form, server);

  const { problem, setProblem, alertRef, onError, onInvalidInput, reload } = useSaveProblem<ResultsMatrix>({
    showAtInputs: (errors) => form.setErrors(resultsErrorMap(t, errors)),
    isDrawn: (field) => DRAWN_FIELD.test(field),
    fetchLatest: () =>
      client.fetchQuery({
        queryKey: resultsKeys.matrix(projectId),
        queryFn: () => resultsApi.matrix(projectId),
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
      save.mutate(resultsMatrixInput.parse({ version: edit.version(), ...values }), {
        onSuccess: () => {
          notifications.show({
            color: "green",
            title: t("results.editor.savedTitle"),
            message: t("results.editor.saved"),
          });
          onDone();
        },
        onError,
      });
    },
    (errors) => onInvalidInput(form, errors),
  );

  const undrawn: FieldError[] = problem?.kind === "invalid" ? problem.errors : [];
  const outcomes = form.values.outcomes;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("results.editor.intro")}
        </Text>
        {problem && (
          <SaveProblemAlert problem={problem} undrawn={undrawn} onReload={reload} alertRef={alertRef} />
        )}

        <Level level="objective" heading={t("results.matrix.objective")} headingOrder={3}>
          <Text size="sm" className={pageClasses.prose} c={objective ? undefined : "dimmed"}>
            {objective || t("results.matrix.objectiveMissing")}
          </Text>
          <Text size="xs" c="dimmed">
            {t("results.matrix.objectiveNote")}
          </Text>
          <Textarea
            label={t("results.editor.objectiveAssumptions")}
            description={t("results.editor.assumptionsHelp")}
            autosize
            minRows={2}
            maxLength={ASSUMPTIONS_MAX}
            {...form.getInputProps("objectiveAssumptions")}
          />
          <ResultsIndicatorList
            form={form}
            path="objectiveIndicators"
            indicators={form.values.objectiveIndicators}
            owner={t("results.editor.objectiveItem")}
          />
        </Level>

        <Stack gap="md" data-path="outcomes">
          {outcomes.map((outcome, o) => {
            const item = t("results.editor.outcomeItem", { number: o + 1 });
            return (
              <Level
                key={outcome.key}
                level="outcome"
                heading={t("results.matrix.outcome", { number: o + 1 })}
                headingOrder={3}
                actions={
                  <ItemActions
                    index={o}
                    count={outcomes.length}
                    item={item}
                    onMove={(from, to) => form.reorderListItem("outcomes", { from, to })}
                    onRemove={() => {
                      form.removeListItem("outcomes", o);
                      document.getElementById(addOutcomeId)?.focus();
                    }}
                  />
                }
              >
                <StatementFields
                  form={form}
                  path={`outcomes.${o}`}
                  label={t("results.editor.outcomeStatement")}
                />
                <ResultsIndicatorList
                  form={form}
                  path={`outcomes.${o}.indicators`}
                  indicators={outcome.indicators}
                  owner={item}
                />
                <Outputs form={form} outcomeIndex={o} outputs={outcome.outputs} />
              </Level>
            );
          })}
          <ListError form={form} path="outcomes" />
          <Group>
            <Button
              id={addOutcomeId}
              variant="light"
              leftSection={<IconPlus size={18} aria-hidden />}
              disabled={outcomes.length >= MAX_OUTCOMES}
              onClick={() => {
                form.insertListItem("outcomes", newOutcome());
                requestAnimationFrame(() => focusInput(form, `outcomes.${outcomes.length}.statement`));
              }}
            >
              {t("results.editor.addOutcome")}
            </Button>
          </Group>
        </Stack>

        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            {t("results.cancel")}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t("results.editor.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Outputs({
  form,
  outcomeIndex,
  outputs,
}: {
  form: MatrixForm;
  outcomeIndex: number;
  outputs: OutputValues[];
}) {
  const { t } = useTranslation();
  const addId = useId();
  const path = `outcomes.${outcomeIndex}.outputs`;
  return (
    <Stack gap="sm" data-path={path}>
      {outputs.map((output, p) => {
        const number = `${outcomeIndex + 1}.${p + 1}`;
        const item = t("results.editor.outputItem", { number });
        return (
          <Level
            key={output.key}
            level="output"
            heading={t("results.matrix.output", { number })}
            headingOrder={4}
            actions={
              <ItemActions
                index={p}
                count={outputs.length}
                item={item}
                onMove={(from, to) => form.reorderListItem(path, { from, to })}
                onRemove={() => {
                  form.removeListItem(path, p);
                  document.getElementById(addId)?.focus();
                }}
              />
            }
          >
            <StatementFields form={form} path={`${path}.${p}`} label={t("results.editor.outputStatement")} />
            <ResultsIndicatorList
              form={form}
              path={`${path}.${p}.indicators`}
              indicators={output.indicators}
              owner={item}
            />
          </Level>
        );
      })}
      <ListError form={form} path={path} />
      <Group>
        <Button
          id={addId}
          variant="light"
          size="xs"
          leftSection={<IconPlus size={16} aria-hidden />}
          disabled={outputs.length >= MAX_OUTPUTS_PER_OUTCOME}
          onClick={() => {
            form.insertListItem(path, newOutput());
            requestAnimationFrame(() => focusInput(form, `${path}.${outputs.length}.statement`));
          }}
        >
          {t("results.editor.addOutput", { number: outcomeIndex + 1 })}
        </Button>
      </Group>
    </Stack>
  );
}

function StatementFields({ form, path, label }: { form: MatrixForm; path: string; label: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        label={label}
        required
        autosize
        minRows={2}
        maxLength={STATEMENT_MAX}
        {...form.getInputProps(`${path}.statement`)}
      />
      <Textarea
        label={t("results.editor.assumptions")}
        description={t("results.editor.assumptionsHelp")}
        autosize
        minRows={1}
        maxLength={ASSUMPTIONS_MAX}
        {...form.getInputProps(`${path}.assumptions`)}
      />
    </>
  );
}

/** An error on a list as a whole (e.g. a reported indicator that cannot go), under that list. */
function ListError({ form, path }: { form: MatrixForm; path: string }) {
  const error = form.errors[path];
  return typeof error === "string" ? (
    <Text size="sm" c="red.8">
      {error}
    </Text>
  ) : null;
}

/** A card for one level of the matrix, named by its heading for assistive technology. */
function Level({
  level,
  heading,
  headingOrder,
  actions,
  children,
}: {
  level: "objective" | "outcome" | "output";
  heading: string;
  headingOrder: 3 | 4;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <fieldset aria-labelledby={headingId} className={classes.card} data-level={level}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Title order={headingOrder} size={headingOrder === 3 ? "h5" : "h6"} id={headingId}>
            {heading}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </fieldset>
  );
}
