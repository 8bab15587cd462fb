/**
 * Importing a portfolio (fund managers and administrators): download the template, choose the
 * filled workbook, check it (a dry run that lists every problem by sheet, row and column), then
 * import it, all or nothing. The server decides every rule; the page only shows its answer.
 */
import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconCheck, IconDownload, IconFileSpreadsheet } from "@tabler/icons-react";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ImportProblem } from "../../../domain/projectImport";
import { isApiError, type Uploaded, upload } from "../../api/client";
import { ScrollRegion } from "../../components/ScrollRegion";
import { translateFieldError } from "../../lib/fieldErrors";
import { useTitle } from "../../lib/useTitle";

type ImportAnswer = Uploaded<"/api/projects/import">;

/** A rejected import's field errors carry each problem's place in their params. */
function problemsOf(error: unknown): ImportProblem[] | null {
  if (!isApiError(error, 400) || !error.fields.every((f) => f.params?.sheet !== undefined)) return null;
  return error.fields.map((field) => {
    const params = field.params ?? {};
    return {
      sheet: String(params.sheet ?? ""),
      row: typeof params.row === "number" ? params.row : null,
      column: params.column === undefined ? null : String(params.column),
      value: params.value === undefined ? null : String(params.value),
      code: field.code,
      message: field.message,
      params,
    };
  });
}

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <ScrollRegion label={t("projectImport.problemsCaption")}>
      <Table striped withTableBorder>
        <Table.Caption>{t("projectImport.problemsCaption")}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("projectImport.sheet")}</Table.Th>
            <Table.Th scope="col">{t("projectImport.row")}</Table.Th>
            <Table.Th scope="col">{t("projectImport.column")}</Table.Th>
            <Table.Th scope="col">{t("projectImport.value")}</Table.Th>
            <Table.Th scope="col">{t("projectImport.problem")}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((problem, index) => (
            // Problems have no id: their place in the server's list is theirs.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
            <Table.Tr key={index}>
              <Table.Td>{problem.sheet}</Table.Td>
              <Table.Td>{problem.row ?? ""}</Table.Td>
              <Table.Td>{problem.column ?? ""}</Table.Td>
              <Table.Td>{problem.value ?? ""}</Table.Td>
              <Table.Td>
                {translateFieldError(t, {
                  field: "file",
                  code: problem.code,
                  message: problem.message,
                  params: { ...problem.params, value: problem.value ?? "" },
                })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

export default function ImportPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("projectImport.title"));
  const [file, setFile] = useState<File | null>(null);
  const send = useMutation({
    mutationFn: (dryRun: boolean): Promise<ImportAnswer> => {
      const form = new FormData();
      form.append("dryRun", String(dryRun));
      if (file) form.append("file", file);
      return upload("/api/projects/import", {}, form);
    },
  });
  const answer = send.data;
  const rejected = problemsOf(send.error);
  const problems = answer?.problems.length ? answer.problems : rejected;
  const language = i18n.language.slice(0, 2);
  const choose = (chosen: File | null) => {
    setFile(chosen);
    send.reset();
  };

  return (
    <Stack gap="md" maw={1300} mx="auto">
      <Title order={1}>{t("projectImport.title")}</Title>
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Text>{t("projectImport.intro")}</Text>
          <Text>{t("projectImport.steps")}</Text>
          <Group>
            <Button
              component="a"
              href={`/api/projects/import/template?lang=${encodeURIComponent(language)}`}
              download
              variant="default"
              leftSection={<IconDownload size={18} aria-hidden />}
            >
              {t("projectImport.template")}
            </Button>
          </Group>
          <FileInput
            label={t("projectImport.file")}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={choose}
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
            maw={480}
          />
          <Group>
            <Button
              variant="default"
              disabled={!file}
              loading={send.isPending}
              onClick={() => send.mutate(true)}
            >
              {t("projectImport.check")}
            </Button>
            <Button
              disabled={!file || !answer?.dryRun || answer.problems.length > 0 || answer.projects === 0}
              loading={send.isPending}
              onClick={() => send.mutate(false)}
            >
              {t("projectImport.import")}
            </Button>
          </Group>
        </Stack>
      </Paper>
      <div aria-live="polite">
        {problems && problems.length > 0 && (
          <Stack gap="sm">
            <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
              {t("projectImport.problems", { count: problems.length })}
            </Alert>
            <ProblemTable problems={problems} />
          </Stack>
        )}
        {send.error && !rejected && (
          <Alert color="red" icon={<IconAlertTriangle aria-hidden />}>
            {isApiError(send.error) && send.error.fields[0]
              ? translateFieldError(t, send.error.fields[0])
              : send.error.message}
          </Alert>
        )}
        {answer && answer.problems.length === 0 && (
          <Alert color={answer.projects > 0 ? "green" : "yellow"} icon={<IconCheck aria-hidden />}>
            {answer.imported ? (
              <Stack gap={4}>
                <Text>{t("projectImport.imported", { count: answer.projects })}</Text>
                <Anchor component={Link} to="/projects">
                  {t("projectImport.seeProjects")}
                </Anchor>
              </Stack>
            ) : answer.projects > 0 ? (
              t("projectImport.ready", { count: answer.projects })
            ) : (
              t("projectImport.noProjects")
            )}
          </Alert>
        )}
      </div>
    </Stack>
  );
}
