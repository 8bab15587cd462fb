import { Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconFileTypeDocx, IconPencil } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { ProjectDetail } from "../../../domain/project";
import { useBookmarkedIds } from "../../api/bookmarks";
import { useProject } from "../../api/hooks";
import { PageLoader } from "../../components/AppLayout";
import { BookmarkButton } from "../../components/BookmarkButton";
import { NotFound } from "../../components/NotFound";
import { PrintSkip } from "../../components/PrintSkip";
import { loadFailure, QueryError, RefreshFailed } from "../../components/QueryError";
import { Section } from "../../components/Section";
import { StatusBadge } from "../../components/StatusBadge";
import { currentLanguage } from "../../i18n";
import { isProjectId } from "../../lib/ids";
import { useTitle } from "../../lib/useTitle";
import { AlignmentSection } from "./AlignmentSection";
import { BeneficiariesSection } from "./BeneficiariesSection";
import { BudgetSection } from "./BudgetSection";
import { FundingSourcesSection } from "./FundingSourcesSection";
import { MonitoringSections } from "./monitoring/MonitoringSections";
import { OverviewSection } from "./OverviewSection";
import classes from "./ProjectPage.module.css";
import { SpendingSection } from "./SpendingSection";
import { ActivitySections } from "./workflow/ActivitySections";
import { ChangesSection } from "./workflow/ChangesSection";
import { DocumentsSection } from "./workflow/DocumentsSection";
import { ReviewCommentsSection } from "./workflow/ReviewComments";
import { WorkflowBar } from "./workflow/WorkflowBar";

/** The star beside the code; the user's bookmarks tell whether it is on. */
function ProjectBookmark({ projectId, code }: { projectId: string; code: string }) {
  const bookmarked = useBookmarkedIds();
  return <BookmarkButton projectId={projectId} code={code} bookmarked={bookmarked.has(projectId)} />;
}

function ProjectHeader({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Anchor component={Link} to="/projects" size="sm" w="fit-content" data-print="skip">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t("project.backToList")}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
        <Stack gap={6}>
          <Group gap="sm">
            <Text className={classes.code} size="sm" fw={600} c="dimmed">
              {project.code}
            </Text>
            <StatusBadge status={project.status} />
            <ProjectBookmark projectId={project.id} code={project.code} />
          </Group>
          <Title order={1} size="h2">
            {project.title}
          </Title>
        </Stack>
        {project.can.update && (
          <Button
            component={Link}
            to={`/projects/${project.id}/edit`}
            leftSection={<IconPencil size={18} aria-hidden />}
            // A long title must wrap rather than squeeze the button's label away on phones.
            style={{ flexShrink: 0 }}
          >
            {t("project.edit")}
          </Button>
        )}
      </Group>
      <PrintSkip>
        {/* A plain link (the session cookie goes along): the browser saves the file itself. */}
        <Button
          component="a"
          href={`/api/projects/${project.id}/proposal.docx?lang=${currentLanguage()}`}
          download
          variant="default"
          size="sm"
          w="fit-content"
          leftSection={<IconFileTypeDocx size={18} aria-hidden />}
          data-testid="download-proposal"
        >
          {t("proposal.download")}
        </Button>
      </PrintSkip>
    </Stack>
  );
}

function TextBlock({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <Section title={title}>
      <Text size="sm" className={classes.prose} c={text ? undefined : "dimmed"}>
        {text || t("common.notProvided")}
      </Text>
    </Section>
  );
}

export default function ProjectPage() {
  const { id } = useParams();
  // An address that cannot name a project is simply not found; the API would only say "bad request".
  return isProjectId(id) ? <LoadedProject id={id} /> : <NotFound />;
}

function LoadedProject({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useProject(id);
  const { data: project, isLoading, refetch } = query;
  const error = loadFailure(query);
  useTitle(project ? `${project.code} ${project.title}` : t("project.pageTitle"));

  if (isLoading) return <PageLoader />;
  if (error || !project) return <QueryError error={error} onRetry={() => void refetch()} />;

  return (
    <Stack gap="md" maw={1200} mx="auto">
      <PrintSkip>
        <RefreshFailed query={query} />
      </PrintSkip>
      <ProjectHeader project={project} />
      {/* Printed, the page is the proposal: the review around it stays on screen. */}
      <PrintSkip>
        <WorkflowBar project={project} />
        <ChangesSection project={project} />
      </PrintSkip>
      <OverviewSection project={project} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextBlock title={t("project.summary")} text={project.summary} />
        <TextBlock title={t("project.objective")} text={project.objective} />
      </SimpleGrid>
      <BudgetSection project={project} />
      <SpendingSection project={project} />
      <FundingSourcesSection projectId={project.id} />
      <BeneficiariesSection project={project} />
      <AlignmentSection project={project} />
      <MonitoringSections project={project} />
      <PrintSkip>
        <ReviewCommentsSection project={project} />
        <DocumentsSection project={project} />
        <ActivitySections project={project} />
      </PrintSkip>
    </Stack>
  );
}
