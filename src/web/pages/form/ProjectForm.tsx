import { Alert, Button, Group, List, SimpleGrid, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconAlertCircle } from "@tabler/icons-react";
import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { FieldError } from "../../../domain/errors";
import { type ProjectDetail, projectInput } from "../../../domain/project";
import { useCreateProject, useUpdateProject } from "../../api/hooks";
import { Section } from "../../components/Section";
import { fieldErrorMap, translateFieldError } from "../../lib/fieldErrors";
import { firstInDocument, moveFocusTo } from "../../lib/focus";
import { formProblemOf } from "../../lib/formProblem";
import { useReferenceData } from "../../lib/reference";
import { AlignmentFields } from "./AlignmentFields";
import { BeneficiariesEditor } from "./BeneficiariesEditor";
import { ConflictAlert } from "./ConflictAlert";
import { compareWithLatest, keepMineOnLatest } from "./conflict";
import classes from "./form.module.css";
import { IdentificationFields } from "./IdentificationFields";
import { PlanningFields } from "./PlanningFields";
import { SharesEditor } from "./SharesEditor";
import { type ProjectFormValues, validateProject, valuesFromProject } from "./values";

/** The form draws an input for every field of the schema; errors on anything else go to the top. */
const DRAWN_FIELDS = new Set(Object.keys(projectInput.shape));
const isDrawn = (field: string) => DRAWN_FIELDS.has(field.split(".")[0] ?? "");

const PROBLEM_TITLES = {
  invalid: "form.fixErrors",
  forbidden: "errors.forbidden",
  failed: "form.saveFailed",
} as const;

/** Why the last save did not go through; errors lists those no input on the form can show. */
interface Problem {
  kind: keyof typeof PROBLEM_TITLES;
  errors: FieldError[];
}

interface Props {
  initialValues: ProjectFormValues;
  /** The record being edited; absent when creating. */
  project?: ProjectDetail;
}

/** A saved version of the project, as the server sent it and as the values the form draws from it. */
interface SavedVersion {
  record: ProjectDetail;
  values: ProjectFormValues;
}

function savedVersion(record: ProjectDetail): SavedVersion {
  return { record, values: valuesFromProject(record) };
}

export function ProjectForm({ initialValues, project }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  // The version this edit builds on: the one it opened, or the latest after a conflict.
  const [base, setBase] = useState<{ record?: ProjectDetail; values: ProjectFormValues }>({
    record: project,
    values: initialValues,
  });
  const version = base.record?.version;
  const [conflict, setConflict] = useState<SavedVersion | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const create = useCreateProject();
  const update = useUpdateProject(project?.id ?? "");
  const saving = create.isPending || update.isPending;

  const refs = useReferenceData();
  const errorsOf = (values: ProjectFormValues) => {
    const result = validateProject(values, version, refs.countryRegion);
    return result.ok ? {} : fieldErrorMap(t, result.errors);
  };
  // Errors appear on the first save, then follow every change. Validating on blur instead moves
  // the layout under the pointer between mousedown and mouseup, and the click is lost.
  const attempted = useRef(false);
  const problemRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);
  const form = useForm<ProjectFormValues>({
    mode: "controlled",
    initialValues,
    validate: errorsOf,
    onValuesChange: (values) => {
      if (attempted.current) form.setErrors(errorsOf(values));
    },
  });

  /** Take the user to the first problem: a field far down the form would otherwise go unnoticed. */
  const revealProblem = (errors: Record<string, unknown>) =>
    requestAnimationFrame(() => {
      const first = firstInDocument(Object.keys(errors).map((path) => form.getInputNode(path)));
      if (!moveFocusTo(first)) moveFocusTo(problemRef.current, "start");
    });

  const showServerErrors = (error: unknown) => {
    const next = formProblemOf<ProjectDetail>(error);
    if (!next) return;
    if (next.kind === "conflict" && next.latest) {
      setConflict(savedVersion(next.latest));
      requestAnimationFrame(() => moveFocusTo(conflictRef.current, "start"));
    } else if (next.kind === "invalid") {
      const errors = fieldErrorMap(t, next.errors);
      form.setErrors(errors);
      setProblem({ kind: "invalid", errors: next.errors.filter((f) => !isDrawn(f.field)) });
      revealProblem(errors);
    } else {
      setProblem({ kind: next.kind === "forbidden" ? "forbidden" : "failed", errors: [] });
      requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
    }
  };

  const onSaved = (saved: ProjectDetail) => {
    notifications.show({
      color: "green",
      title: t("form.savedTitle"),
      message: t("form.saved", { code: saved.code }),
    });
    form.resetDirty();
    navigate(`/projects/${saved.id}`);
  };

  const submit = form.onSubmit(
    (values) => {
      attempted.current = true;
      setProblem(null);
      const result = validateProject(values, version, refs.countryRegion);
      if (!result.ok) return;
      if (project && version !== undefined) {
        update.mutate({ ...result.body, version }, { onSuccess: onSaved, onError: showServerErrors });
      } else {
        create.mutate(result.body, { onSuccess: onSaved, onError: showServerErrors });
      }
    },
    (errors) => {
      attempted.current = true;
      setProblem({ kind: "invalid", errors: [] });
      revealProblem(errors);
    },
  );

  /** Continues from the latest version, with the given values on screen, and says so. */
  const continueFrom = (latest: SavedVersion, values: ProjectFormValues, kept: boolean) => {
    client.setQueryData(["project", latest.record.id], latest.record);
    form.setValues(values);
    form.resetDirty(latest.values);
    form.clearErrors();
    setBase(latest);
    setConflict(null);
    setProblem(null);
    notifications.show({
      color: "blue",
      title: t(kept ? "form.keptTitle" : "form.loadedTitle"),
      message: t(kept ? "form.kept" : "form.loaded"),
    });
    requestAnimationFrame(() => moveFocusTo(form.getInputNode("title")));
  };
  const loadLatest = () => conflict && continueFrom(conflict, conflict.values, false);
  const keepMine = () =>
    conflict &&
    continueFrom(conflict, keepMineOnLatest(base.values, form.getValues(), conflict.values), true);

  // "Correct the highlighted fields" goes away once nothing is highlighted any more.
  const resolved =
    problem?.kind === "invalid" && problem.errors.length === 0 && Object.keys(form.errors).length === 0;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("form.requiredNote")}
        </Text>
        {conflict && (
          <ConflictAlert
            ref={conflictRef}
            latest={conflict.record}
            differences={compareWithLatest(base.values, form.values, conflict.values)}
            onLoadLatest={loadLatest}
            onKeepMine={keepMine}
          />
        )}
        {problem && !resolved && (
          <Alert
            ref={problemRef}
            tabIndex={-1}
            style={{ scrollMarginTop: 80 }}
            color="red"
            variant="light"
            icon={<IconAlertCircle aria-hidden />}
            title={t(PROBLEM_TITLES[problem.kind])}
            role="alert"
          >
            {problem.errors.length > 0 && (
              <List size="sm">
                {problem.errors.map((error) => (
                  <List.Item key={`${error.field}-${error.code}`}>{translateFieldError(t, error)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <IdentificationFields
          form={form}
          projectId={project?.id}
          followUps={[project?.followUpOf, base.record?.followUpOf]}
        />
        <PlanningFields form={form} />
        <Section title={t("project.budgetShares")}>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
            <SharesEditor form={form} field="areaShares" list="areasOfWork" />
            <SharesEditor form={form} field="activityShares" list="activityTypes" />
          </SimpleGrid>
        </Section>
        <BeneficiariesEditor form={form} />
        <AlignmentFields form={form} />
        <Group justify="flex-end" className={classes.actions}>
          <Button variant="default" component={Link} to={project ? `/projects/${project.id}` : "/projects"}>
            {t("common.cancel")}
          </Button>
          <Button type="submit" loading={saving} disabled={conflict !== null}>
            {t("form.save")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
