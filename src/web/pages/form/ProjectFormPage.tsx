import { Alert, Anchor, Group, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft, IconLock } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useProject, useReference } from "../../api/hooks";
import { PageLoader } from "../../components/AppLayout";
import { NotFound } from "../../components/NotFound";
import { loadFailure, QueryError, RefreshFailed } from "../../components/QueryError";
import { useCurrentUser } from "../../components/SignedIn";
import { isProjectId } from "../../lib/ids";
import { useTitle } from "../../lib/useTitle";
import { ProjectForm } from "./ProjectForm";
import { emptyValues, valuesFromProject } from "./values";

function NotAllowed({ creating = false }: { creating?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="gray"
      variant="light"
      icon={<IconLock aria-hidden />}
      title={t("errors.forbiddenTitle")}
      role="alert"
    >
      {t(creating ? "form.notAllowedCreate" : "form.notAllowed")}
    </Alert>
  );
}

function BackLink({ to, label }: { to: string; label: string }) {
  return (
    <Anchor component={Link} to={to} size="sm" w="fit-content">
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {label}
      </Group>
    </Anchor>
  );
}

function NewProject() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useTitle(t("form.newTitle"));
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <BackLink to="/projects" label={t("project.backToList")} />
      <div>
        <Title order={1}>{t("form.newTitle")}</Title>
        <Text c="dimmed" size="sm">
          {t("form.newIntro")}
        </Text>
      </div>
      {me.can.createProject ? <ProjectForm initialValues={emptyValues(me.id)} /> : <NotAllowed creating />}
    </Stack>
  );
}

function EditProject({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useProject(id);
  const { data: project, isLoading, refetch } = query;
  const error = loadFailure(query);
  useTitle(project ? t("form.editTitle", { code: project.code }) : t("project.pageTitle"));
  if (isLoading) return <PageLoader />;
  if (error || !project) return <QueryError error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md" maw={1100} mx="auto">
      <RefreshFailed query={query} />
      <BackLink to={`/projects/${project.id}`} label={t("form.backToProject")} />
      <div>
        <Text size="sm" fw={600} c="dimmed" ff="monospace">
          {project.code}
        </Text>
        <Title order={1}>{t("form.editTitle", { code: project.code })}</Title>
      </div>
      {project.can.update ? (
        // Keyed by the record so that a different project never inherits this one's inputs.
        <ProjectForm key={project.id} initialValues={valuesFromProject(project)} project={project} />
      ) : (
        <NotAllowed />
      )}
    </Stack>
  );
}

export default function ProjectFormPage() {
  const { id } = useParams();
  // Selects show codes until the reference arrives; waiting for it avoids a flash of raw codes.
  const reference = useReference();
  if (reference.isLoading) return <PageLoader />;
  const referenceError = loadFailure(reference);
  if (referenceError) return <QueryError error={referenceError} onRetry={() => void reference.refetch()} />;
  if (id === undefined) return <NewProject />;
  return isProjectId(id) ? <EditProject id={id} /> : <NotFound />;
}
