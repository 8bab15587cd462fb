/**
 * What the PM changed between the submission a reviewer last saw and the current one, so that a
 * second review starts from the differences instead of rereading the whole proposal.
 */
import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../../domain/project";
import { useProjectChanges } from "../../../api/workflow";
import { Section } from "../../../components/Section";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import { FieldValue, fieldLabel, needsManagers, useFieldText } from "./FieldValue";
import classes from "./workflow.module.css";

export function ChangesSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const { data } = useProjectChanges(project.id);
  const changes = data?.changes ?? [];
  const text = useFieldText(project, needsManagers(changes.map((c) => c.field)));
  // Nothing to compare (never resubmitted) or nothing changed: the section has nothing to say.
  if (!data || changes.length === 0) return null;
  return (
    <Section title={t("workflow.changes.title")}>
      <Table verticalSpacing={6} fz="sm" className={`${classes.changes} ${classes.stacked}`} striped>
        <caption>
          {t("workflow.changes.caption", {
            previous: format.moment(data.previousSubmittedAt),
            current: format.moment(data.currentSubmittedAt),
          })}
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="22%">
              {t("workflow.changes.field")}
            </Table.Th>
            <Table.Th scope="col">{t("workflow.changes.before")}</Table.Th>
            <Table.Th scope="col">{t("workflow.changes.after")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changes.map((change) => (
            <Table.Tr key={change.field}>
              <Table.Th scope="row" fw={600}>
                {fieldLabel(t, change.field)}
              </Table.Th>
              <Table.Td>
                <FieldValue field={change.field} lines={text(change.field, change.before)} />
              </Table.Td>
              <Table.Td>
                <FieldValue field={change.field} lines={text(change.field, change.after)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}
