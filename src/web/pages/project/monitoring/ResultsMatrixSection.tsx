import { Button, Group, Loader, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../../domain/project";
import { useResultsMatrix } from "../../../api/results";
import { loadFailure, RefreshFailed } from "../../../components/QueryError";
import { Section } from "../../../components/Section";
import { ResultsMatrixEditor } from "./ResultsMatrixEditor";
import { ResultsMatrixView } from "./ResultsMatrixView";
import { SectionLoadError } from "./ResultsParts";

/** The project's results matrix: read by everyone, edited in place by its managers. */
export function ResultsMatrixSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const matrix = useResultsMatrix(project.id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const canEdit = matrix.data?.can.edit ?? false;
  // Leaving the editor (saved or cancelled) puts the focus back on the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  // A project that moves on to review while the editor is open can no longer be edited.
  useEffect(() => {
    if (!canEdit) setEditing(false);
  }, [canEdit]);

  const data = matrix.data;
  const empty = data !== undefined && data.objectiveIndicators.length === 0 && data.outcomes.length === 0;
  return (
    <Section
      title={t("results.matrix.title")}
      actions={
        canEdit && !editing ? (
          <Button
            ref={editButton}
            variant="light"
            leftSection={<IconPencil size={18} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t("results.matrix.edit")}
          </Button>
        ) : null
      }
    >
      <RefreshFailed query={matrix} />
      {loadFailure(matrix) ? (
        <SectionLoadError onRetry={() => void matrix.refetch()} />
      ) : !data ? (
        <Group justify="center" p="md">
          <Loader size="sm" role="status" aria-label={t("common.loading")} />
        </Group>
      ) : editing ? (
        <ResultsMatrixEditor
          projectId={project.id}
          objective={project.objective}
          matrix={data}
          onDone={() => setEditing(false)}
        />
      ) : empty && !project.objective ? (
        <Text size="sm" c="dimmed">
          {t(canEdit ? "results.matrix.emptyEditable" : "results.matrix.empty")}
        </Text>
      ) : (
        <>
          {empty && (
            <Text size="sm" c="dimmed" mb="sm">
              {t(canEdit ? "results.matrix.emptyEditable" : "results.matrix.empty")}
            </Text>
          )}
          <ResultsMatrixView objective={project.objective} matrix={data} />
        </>
      )}
    </Section>
  );
}
