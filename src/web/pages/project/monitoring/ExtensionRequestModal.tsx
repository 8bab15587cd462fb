/**
 * Asking the fund for a later end date: the current end shown beside the new one, the
 * justification, and every answer of the server drawn where the user can act on it.
 */
import { Alert, Button, Group, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { addDays, isIsoDate } from "../../../../domain/calendar";
import type { FieldError } from "../../../../domain/errors";
import {
  checkRequestedEnd,
  JUSTIFICATION_MAX,
  JUSTIFICATION_MIN,
  monthsAdded,
} from "../../../../domain/extensions";
import type { ProjectDetail } from "../../../../domain/project";
import { useRequestExtension } from "../../../api/extensions";
import { Modal } from "../../../components/Dialog";
import { moveFocusTo } from "../../../lib/focus";
import { useFormat } from "../../../lib/format";
import { type FormProblem, formProblemOf } from "../../../lib/formProblem";
import { useExtensionErrorText } from "./ExtensionErrors";

type Field = "requestedEnd" | "justification";

export function ExtensionRequestModal({
  project,
  opened,
  onClose,
}: {
  project: ProjectDetail;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const errorText = useExtensionErrorText();
  const send = useRequestExtension(project.id);
  const [requestedEnd, setRequestedEnd] = useState("");
  const [justification, setJustification] = useState("");
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const refs = {
    requestedEnd: useRef<HTMLInputElement>(null),
    justification: useRef<HTMLTextAreaElement>(null),
  };
  const problemRef = useRef<HTMLDivElement>(null);

  const show = (fieldErrors: FieldError[]) => {
    const drawn: Partial<Record<Field, string>> = {};
    for (const error of fieldErrors) {
      const field = error.field as Field;
      if (field === "requestedEnd" || field === "justification") drawn[field] ??= errorText(error);
    }
    setErrors(drawn);
    const first = (["requestedEnd", "justification"] as const).find((f) => drawn[f]);
    if (first) requestAnimationFrame(() => moveFocusTo(refs[first].current));
    return first !== undefined;
  };

  /** A refusal no input of the form can show, in the alert above it. */
  const problemText = (refused: FormProblem): string => {
    switch (refused.kind) {
      case "forbidden":
        return t("extensions.forbidden");
      case "conflict":
        return refused.errors.length > 0 ? refused.errors.map(errorText).join(" ") : t("extensions.stale");
      case "invalid":
      case "rules":
        return refused.errors.map(errorText).join(" ");
      default:
        return refused.message ?? t("errors.unexpected");
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    // The server decides; this spares a round trip for the obvious.
    const local: FieldError[] = [];
    if (!isIsoDate(requestedEnd)) {
      local.push({ field: "requestedEnd", code: "invalid_format", message: "", params: { format: "date" } });
    } else {
      local.push(...checkRequestedEnd(project, requestedEnd));
    }
    if (justification.trim().length < JUSTIFICATION_MIN) {
      local.push({
        field: "justification",
        code: "too_small",
        message: "",
        params: { origin: "string", minimum: JUSTIFICATION_MIN },
      });
    }
    if (show(local)) return;
    send.mutate(
      { requestedEnd, justification: justification.trim() },
      {
        onSuccess: () => {
          onClose();
          setRequestedEnd("");
          setJustification("");
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("extensions.dismiss") },
            title: t("extensions.requestedTitle"),
            message: t("extensions.requestedMessage", { date: format.date(requestedEnd) }),
          });
        },
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused === null) return;
          if ((refused.kind === "invalid" || refused.kind === "conflict") && show(refused.errors)) return;
          setProblem(problemText(refused));
          requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
        },
      },
    );
  };

  const months = isIsoDate(requestedEnd) ? monthsAdded(project.plannedEnd, requestedEnd) : 0;

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t("extensions.requestTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("extensions.closeDialog") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t("extensions.currentEnd", { code: project.code, date: format.date(project.plannedEnd) })}
          </Text>
          {problem && (
            <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
              {problem}
            </Alert>
          )}
          <TextInput
            ref={refs.requestedEnd}
            type="date"
            label={t("extensions.newEnd")}
            description={
              months > 0 ? t("extensions.monthsLater", { count: months }) : t("extensions.newEndHelp")
            }
            required
            min={addDays(project.plannedEnd, 1)}
            value={requestedEnd}
            onChange={(event) => setRequestedEnd(event.currentTarget.value)}
            error={errors.requestedEnd}
            data-autofocus
          />
          <Textarea
            ref={refs.justification}
            label={t("extensions.justification")}
            description={t("extensions.justificationHelp", { min: JUSTIFICATION_MIN })}
            required
            autosize
            minRows={4}
            maxRows={12}
            maxLength={JUSTIFICATION_MAX}
            value={justification}
            onChange={(event) => setJustification(event.currentTarget.value)}
            error={errors.justification}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t("extensions.send")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
