import { Badge, Button, Group, Loader, Table, Text } from "@mantine/core";
import { IconPencil } from "@tabler/icons-react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { dayOf } from "../../../../domain/calendar";
import type { ProjectDetail } from "../../../../domain/project";
import { type Milestone, type MilestoneStatus, milestoneStatus } from "../../../../domain/workplan";
import { useWorkplan } from "../../../api/results";
import { loadFailure, RefreshFailed } from "../../../components/QueryError";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { Section } from "../../../components/Section";
import { useFormat } from "../../../lib/format";
import pageClasses from "../ProjectPage.module.css";
import { SectionLoadError } from "./ResultsParts";
import { WorkplanEditor } from "./WorkplanEditor";

const STATUS_COLOR: Record<MilestoneStatus, string> = { done: "teal", late: "red", planned: "gray" };

/** The project's milestones with planned and actual dates; its managers edit the list in place. */
export function WorkplanSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const plan = useWorkplan(project.id);
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  const canEdit = plan.data?.can.edit ?? false;
  useEffect(() => {
    if (wasEditing.current && !editing) editButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  useEffect(() => {
    if (!canEdit) setEditing(false);
  }, [canEdit]);

  const data = plan.data;
  return (
    <Section
      title={t("results.workplan.title")}
      actions={
        canEdit && !editing ? (
          <Button
            ref={editButton}
            variant="light"
            leftSection={<IconPencil size={18} aria-hidden />}
            onClick={() => setEditing(true)}
          >
            {t("results.workplan.edit")}
          </Button>
        ) : null
      }
    >
      <RefreshFailed query={plan} />
      {loadFailure(plan) ? (
        <SectionLoadError onRetry={() => void plan.refetch()} />
      ) : !data ? (
        <Group justify="center" p="md">
          <Loader size="sm" role="status" aria-label={t("common.loading")} />
        </Group>
      ) : editing ? (
        <WorkplanEditor projectId={project.id} plan={data} onDone={() => setEditing(false)} />
      ) : data.milestones.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t(canEdit ? "results.workplan.emptyEditable" : "results.workplan.empty")}
        </Text>
      ) : (
        <MilestoneTable milestones={data.milestones} />
      )}
    </Section>
  );
}

function MilestoneTable({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  // Like the server, "today" is the UTC calendar day.
  const today = dayOf(new Date());
  const statuses = milestones.map((m) => milestoneStatus(m, today));
  const count = (status: MilestoneStatus) => statuses.filter((s) => s === status).length;
  return (
    <>
      <Text size="sm" c="dimmed" mb="xs">
        {t("results.workplan.summary", {
          done: count("done"),
          total: milestones.length,
          late: count("late"),
        })}
      </Text>
      <ScrollRegion label={t("results.workplan.caption")} minWidth={560}>
        <Table verticalSpacing={6} fz="sm" aria-label={t("results.workplan.caption")}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("results.workplan.milestone")}</Table.Th>
              <Table.Th>{t("results.workplan.plannedDate")}</Table.Th>
              <Table.Th>{t("results.workplan.actualDate")}</Table.Th>
              <Table.Th>{t("results.workplan.status")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {milestones.map((m, index) => {
              const status = statuses[index] as MilestoneStatus;
              return (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.title}</Table.Td>
                  <Table.Td className={pageClasses.numeric}>{format.date(m.plannedDate)}</Table.Td>
                  <Table.Td className={pageClasses.numeric}>{format.date(m.actualDate)}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={STATUS_COLOR[status]} radius="sm">
                      {t(`results.workplan.statuses.${status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}
