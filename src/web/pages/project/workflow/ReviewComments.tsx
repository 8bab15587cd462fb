/**
 * The review's conversation: comments on the proposal or one of its sections, answered in
 * threads. Everyone who reads the project reads them; the PM finds them on a returned draft.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Text,
  Textarea,
  Title,
} from "@mantine/core";
import { useId } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconAlertTriangle, IconArrowBackUp, IconMessage } from "@tabler/icons-react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../../domain/project";
import {
  COMMENT_MAX,
  REVIEW_SECTIONS,
  type ReviewComment,
  type ReviewSection,
} from "../../../../domain/workflow";
import { useAddComment, useProjectComments } from "../../../api/workflow";
import { loadFailure, QueryError } from "../../../components/QueryError";
import { translateFieldError } from "../../../lib/fieldErrors";
import { formProblemOf } from "../../../lib/formProblem";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import classes from "./workflow.module.css";

interface Thread {
  comment: ReviewComment;
  replies: ReviewComment[];
}

/** Top-level comments with their answers; an answer to an answer joins its thread's root. */
function threads(comments: readonly ReviewComment[]): Thread[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const root = (comment: ReviewComment): ReviewComment => {
    let current = comment;
    const seen = new Set<number>();
    while (current.parentId !== null && byId.has(current.parentId) && !seen.has(current.id)) {
      seen.add(current.id);
      current = byId.get(current.parentId) as ReviewComment;
    }
    return current;
  };
  const result = new Map<number, Thread>();
  for (const comment of comments) {
    const top = root(comment);
    let thread = result.get(top.id);
    if (!thread) {
      thread = { comment: top, replies: [] };
      result.set(top.id, thread);
    }
    if (top.id !== comment.id) thread.replies.push(comment);
  }
  return [...result.values()];
}

/** The error of a comment that was not saved: under the field when it is the text's fault. */
function useCommentErrors() {
  const { t } = useTranslation();
  return (error: unknown): { field?: string; alert?: string } => {
    const refused = formProblemOf(error);
    if (refused === null) return {};
    if (refused.kind === "invalid") {
      const body = refused.errors.find((f) => f.field === "body");
      if (body) return { field: translateFieldError(t, body) };
      return { alert: refused.errors.map((f) => translateFieldError(t, f)).join(" ") };
    }
    if (refused.kind === "forbidden") return { alert: refused.message ?? t("errors.forbidden") };
    return { alert: t("review.failed") };
  };
}

function CommentCard({ comment }: { comment: ReviewComment }) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  return (
    <div className={classes.comment} id={`comment-${comment.id}`}>
      <Group justify="space-between" align="flex-start" gap="xs" mb={6}>
        <Text size="sm">
          <Text span fw={700} size="sm">
            {comment.author.name}
          </Text>{" "}
          <Text span c="dimmed" size="sm">
            · {t(`role.${comment.author.role}`, { defaultValue: comment.author.role })}
          </Text>
        </Text>
        <Text size="xs" c="dimmed">
          <time dateTime={comment.createdAt}>{format.moment(comment.createdAt)}</time>
        </Text>
      </Group>
      <Text size="sm" className={classes.prose}>
        {comment.body}
      </Text>
      <Group gap="xs" mt={8}>
        <Badge variant="light" color="prima" size="sm" tt="none">
          {t(`review.section.${comment.section}`)}
        </Badge>
        <Text size="xs" c="dimmed">
          {t("review.statusThen", { status: t(`status.${comment.status}`) })}
        </Text>
      </Group>
    </div>
  );
}

function ReplyBox({
  project,
  parent,
  onDone,
}: {
  project: ProjectDetail;
  parent: ReviewComment;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddComment(project.id);
  const explain = useCommentErrors();
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<{ field?: string; alert?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") {
      setProblem({ field: t("errors.required") });
      return;
    }
    add.mutate(
      { section: parent.section, body: body.trim(), parentId: parent.id },
      {
        onSuccess: () => {
          setBody("");
          onDone();
        },
        onError: (error) => setProblem(explain(error)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {problem.alert && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {problem.alert}
          </Alert>
        )}
        <Textarea
          label={t("review.replyTo", { name: parent.author.name })}
          autosize
          minRows={2}
          maxRows={8}
          maxLength={COMMENT_MAX}
          value={body}
          error={problem.field}
          onChange={(event) => setBody(event.currentTarget.value)}
          data-autofocus
          autoFocus
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={add.isPending}>
            {t("review.send")}
          </Button>
          <Button variant="default" size="xs" onClick={onDone}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function ThreadView({ thread, project }: { thread: Thread; project: ProjectDetail }) {
  const { t } = useTranslation();
  const [replying, setReplying] = useState(false);
  const replyId = useId();
  const replyButton = useRef<HTMLButtonElement>(null);
  const closeReply = () => {
    setReplying(false);
    requestAnimationFrame(() => replyButton.current?.focus());
  };
  return (
    <Stack gap="xs" component="li">
      <CommentCard comment={thread.comment} />
      {(thread.replies.length > 0 || replying) && (
        <Stack gap="xs" className={classes.replies}>
          {thread.replies.map((reply) => (
            <CommentCard key={reply.id} comment={reply} />
          ))}
          {replying && (
            <div id={replyId}>
              <ReplyBox project={project} parent={thread.comment} onDone={closeReply} />
            </div>
          )}
        </Stack>
      )}
      {project.can.comment && (
        <Button
          ref={replyButton}
          variant="subtle"
          size="xs"
          w="fit-content"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          onClick={() => setReplying((r) => !r)}
          aria-expanded={replying}
          aria-controls={replying ? replyId : undefined}
        >
          {t("review.reply")}
        </Button>
      )}
    </Stack>
  );
}

function CommentForm({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const add = useAddComment(project.id);
  const explain = useCommentErrors();
  const [section, setSection] = useState<ReviewSection>("general");
  const [body, setBody] = useState("");
  const [problem, setProblem] = useState<{ field?: string; alert?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (body.trim() === "") {
      setProblem({ field: t("errors.required") });
      return;
    }
    setProblem({});
    add.mutate(
      { section, body: body.trim() },
      {
        onSuccess: () => {
          setBody("");
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("workflow.dismiss") },
            title: t("review.addedTitle"),
            message: t("review.added"),
          });
        },
        onError: (error) => setProblem(explain(error)),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {t("review.newComment")}
        </Title>
        {problem.alert && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden />}>
            {problem.alert}
          </Alert>
        )}
        <Select
          label={t("review.sectionLabel")}
          data={REVIEW_SECTIONS.map((s) => ({ value: s, label: t(`review.section.${s}`) }))}
          value={section}
          allowDeselect={false}
          onChange={(value) => value && setSection(value as ReviewSection)}
          maw={360}
        />
        <Textarea
          label={t("review.comment")}
          autosize
          minRows={3}
          maxRows={12}
          maxLength={COMMENT_MAX}
          value={body}
          error={problem.field}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <Button
          type="submit"
          w="fit-content"
          loading={add.isPending}
          leftSection={<IconMessage size={18} aria-hidden />}
        >
          {t("review.add")}
        </Button>
      </Stack>
    </form>
  );
}

/**
 * Not the shared Section: its heading would name the whole region "Review comments", and a
 * search for the field labelled "Comment" (by people using voice control, and by tests) would
 * find the region too.
 */
export function ReviewCommentsSection({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const query = useProjectComments(project.id);
  const { data, isLoading, refetch } = query;
  const error = loadFailure(query);
  const comments = data?.items ?? [];
  const list = threads(comments);
  const returned = project.status === "draft" && project.can.update && comments.length > 0;
  return (
    <Paper component="section" p={{ base: "md", sm: "lg" }}>
      <Title order={2} size="h4" mb={12}>
        {t("review.title")}
      </Title>
      <Stack gap="md">
        {returned && (
          <Text size="sm" c="dimmed">
            {t("review.addressHint")}
          </Text>
        )}
        {isLoading ? (
          <Skeleton height={80} />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : list.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("review.empty")}
          </Text>
        ) : (
          <Stack component="ul" gap="md" m={0} p={0} style={{ listStyle: "none" }}>
            {list.map((thread) => (
              <ThreadView key={thread.comment.id} thread={thread} project={project} />
            ))}
          </Stack>
        )}
        {project.can.comment && <CommentForm project={project} />}
      </Stack>
    </Paper>
  );
}
