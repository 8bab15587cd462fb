/**
 * Confirming one step of the life cycle: the comment it needs (or allows), the approval's amount
 * and line, and every answer the server can give shown where the user can act on it.
 */
import { Button, Group, Select, Stack, Text, Textarea } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldError } from "../../../../domain/errors";
import { findTransition, type TransitionName } from "../../../../domain/lifecycle";
import { parseMoney } from "../../../../domain/money";
import type { ProjectDetail } from "../../../../domain/project";
import { COMMENT_MAX } from "../../../../domain/workflow";
import { useFireTransition, workflowKeys } from "../../../api/workflow";
import { Modal } from "../../../components/Dialog";
import { MoneyInput } from "../../../components/MoneyInput";
import { translateFieldError } from "../../../lib/fieldErrors";
import { moveFocusTo } from "../../../lib/focus";
import { formProblemOf } from "../../../lib/formProblem";
import { useReferenceData } from "../../../lib/reference";
import { useWorkflowFormat } from "../../../lib/workflowFormat";
import { EnvelopeBeforeAfter } from "./EnvelopeBeforeAfter";
import { type Problem, ProblemAlert } from "./TransitionProblem";

const FORM_FIELDS = ["comment", "approvedBudget", "fundLine"] as const;
type FormField = (typeof FORM_FIELDS)[number];

interface Props {
  project: ProjectDetail;
  transition: TransitionName;
  opened: boolean;
  onClose: () => void;
}

export function TransitionModal({ project, transition, opened, onClose }: Props) {
  const { t } = useTranslation();
  const format = useWorkflowFormat();
  const refs = useReferenceData();
  const client = useQueryClient();
  const fire = useFireTransition(project.id);
  const step = findTransition(transition, project.status);
  const needsComment = step?.needs.includes("comment") ?? false;
  const isApproval = step?.needs.includes("approval") ?? false;

  const [comment, setComment] = useState("");
  const [approvedBudget, setApprovedBudget] = useState(project.requestedBudget);
  const [fundLine, setFundLine] = useState<string | null>(project.fundLine);
  const [errors, setErrors] = useState<Partial<Record<FormField, string>>>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const fieldRefs = {
    comment: useRef<HTMLTextAreaElement>(null),
    approvedBudget: useRef<HTMLInputElement>(null),
    fundLine: useRef<HTMLInputElement>(null),
  };
  const label = t(`transition.${transition}`);

  const focusFirstError = (fields: Partial<Record<FormField, string>>) => {
    const first = FORM_FIELDS.find((f) => fields[f]);
    if (first) requestAnimationFrame(() => moveFocusTo(fieldRefs[first].current));
  };

  const showProblem = (next: Problem) => {
    setProblem(next);
    requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
  };

  const onError = (error: unknown) => {
    const refused = formProblemOf<ProjectDetail>(error);
    if (refused === null) return;
    if (refused.kind === "rules") {
      showProblem({ kind: "rules", failures: refused.errors });
    } else if (refused.kind === "conflict") {
      showProblem({ kind: "conflict", current: refused.latest ?? undefined });
    } else if (refused.kind === "forbidden") {
      showProblem({ kind: "forbidden", message: refused.message ?? t("errors.forbidden") });
    } else if (refused.kind === "invalid") {
      const drawn: Partial<Record<FormField, string>> = {};
      const other: FieldError[] = [];
      for (const fieldError of refused.errors) {
        const field = fieldError.field as FormField;
        if (FORM_FIELDS.includes(field)) {
          drawn[field] ??=
            fieldError.code === "commentRequired"
              ? t("workflow.commentRequired")
              : translateFieldError(t, fieldError);
        } else {
          other.push(fieldError);
        }
      }
      setErrors(drawn);
      if (other.length > 0 || Object.keys(drawn).length === 0) showProblem({ kind: "invalid", other });
      else focusFirstError(drawn);
    } else {
      showProblem({ kind: "failed" });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    // The server decides; these checks only spare a round trip for the obvious.
    const local: Partial<Record<FormField, string>> = {};
    if (needsComment && comment.trim() === "") local.comment = t("workflow.commentRequired");
    if (isApproval && approvedBudget.trim() === "") local.approvedBudget = t("errors.required");
    else if (isApproval && parseMoney(approvedBudget) === null) local.approvedBudget = t("errors.money");
    if (isApproval && !fundLine) local.fundLine = t("errors.required");
    setErrors(local);
    if (Object.keys(local).length > 0) {
      focusFirstError(local);
      return;
    }
    fire.mutate(
      {
        transition,
        version: project.version,
        comment: comment.trim(),
        ...(isApproval ? { approvedBudget, fundLine: fundLine ?? undefined } : {}),
      },
      {
        onError,
        onSuccess: (updated) => {
          onClose();
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("workflow.dismiss") },
            title: label,
            message: t("workflow.done", { code: updated.code, status: t(`status.${updated.status}`) }),
          });
        },
      },
    );
  };

  const reload = () => {
    const current = problem?.kind === "conflict" ? problem.current : undefined;
    if (current) client.setQueryData(workflowKeys.project(project.id), current);
    // Everything hanging from the project (history, comments, changes) may have moved too.
    void client.invalidateQueries({ queryKey: workflowKeys.project(project.id) });
    onClose();
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={label}
      size="lg"
      closeButtonProps={{ "aria-label": t("workflow.closeDialog") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t("workflow.moves", {
              code: project.code,
              from: t(`status.${project.status}`),
              to: step ? t(`status.${step.to}`) : format.missing,
            })}
          </Text>

          {problem && (
            <ProblemAlert
              ref={problemRef}
              problem={problem}
              project={project}
              onReload={reload}
              format={format}
            />
          )}

          {isApproval && (
            <>
              <MoneyInput
                ref={fieldRefs.approvedBudget}
                label={t("workflow.approvedAmount")}
                description={t("workflow.requested", { amount: format.money(project.requestedBudget) })}
                required
                value={approvedBudget}
                error={errors.approvedBudget}
                onChange={setApprovedBudget}
              />
              <Select
                ref={fieldRefs.fundLine}
                label={t("project.fundLine")}
                description={t("workflow.fundLineHelp")}
                required
                allowDeselect={false}
                data={refs.options("fundLines")}
                value={fundLine}
                onChange={setFundLine}
                error={errors.fundLine}
              />
              <EnvelopeBeforeAfter year={project.fundingYear} line={fundLine} amount={approvedBudget} />
            </>
          )}

          <Textarea
            ref={fieldRefs.comment}
            label={t("workflow.comment")}
            description={t(needsComment ? "workflow.commentNeeded" : "workflow.commentOptional")}
            required={needsComment}
            autosize
            minRows={3}
            maxRows={10}
            maxLength={COMMENT_MAX}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={errors.comment}
            data-autofocus
          />

          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={fire.isPending}>
              {label}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
