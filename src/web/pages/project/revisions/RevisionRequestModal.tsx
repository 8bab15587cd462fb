/**
 * Asking the fund for a budget revision: the new total, the shares of the project's areas of work
 * and activity types (each adding up to 100 %; one the project did not have may be added), one amount per year of the project (the split by
 * days of the new total until the PM changes it), and the justification. What is asked is shown
 * beside the current budget before it is sent; every answer of the server is drawn where the user
 * can act on it.
 */
import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { splitOrDefault } from "../../../../domain/annualSplit";
import type { FieldError } from "../../../../domain/errors";
import { formatMoney, parseMoney } from "../../../../domain/money";
import type { ProjectDetail } from "../../../../domain/project";
import { REVISION_JUSTIFICATION_MAX, REVISION_JUSTIFICATION_MIN } from "../../../../domain/revisions";
import { useRequestRevision } from "../../../api/revisions";
import { Modal } from "../../../components/Dialog";
import { MoneyInput } from "../../../components/MoneyInput";
import { moveFocusTo } from "../../../lib/focus";
import { useFormat } from "../../../lib/format";
import { type FormProblem, formProblemOf } from "../../../lib/formProblem";
import { useReferenceData } from "../../../lib/reference";
import { useRevisionErrorText } from "./useRevisionErrorText";

type Shares = Record<string, string>;

const sharesOf = (list: ProjectDetail["areaShares"]): Shares =>
  Object.fromEntries(list.map((s) => [s.code, String(s.percent)]));

function splitByDays(total: string, project: ProjectDetail): string[] {
  const cents = parseMoney(total);
  if (cents === null) return [];
  return splitOrDefault(cents, project.plannedStart, project.plannedEnd, null).map((y) =>
    formatMoney(y.cents),
  );
}

export function RevisionRequestModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const refs = useReferenceData();
  const errorText = useRevisionErrorText();
  const send = useRequestRevision(project.id);
  const current = project.approvedBudget ?? project.requestedBudget;
  const [newTotal, setNewTotal] = useState(current);
  const [areas, setAreas] = useState<Shares>(sharesOf(project.areaShares));
  const [activities, setActivities] = useState<Shares>(sharesOf(project.activityShares));
  const [years, setYears] = useState<string[]>(() => splitByDays(current, project));
  const [yearsEdited, setYearsEdited] = useState(false);
  const [justification, setJustification] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string[] | null>(null);
  const totalRef = useRef<HTMLInputElement>(null);
  const justificationRef = useRef<HTMLTextAreaElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const periods = splitOrDefault(0, project.plannedStart, project.plannedEnd, null);

  const changeTotal = (value: string) => {
    setNewTotal(value);
    if (!yearsEdited) setYears(splitByDays(value, project));
  };

  const fieldOf = (field: string) =>
    field.startsWith("areaShares")
      ? "areaShares"
      : field.startsWith("activityShares")
        ? "activityShares"
        : field;

  /** Draws the errors a field can show; false when none of them belongs to a field. */
  const show = (fieldErrors: FieldError[]) => {
    const drawn: Record<string, string> = {};
    for (const error of fieldErrors) drawn[fieldOf(error.field)] ??= errorText(error);
    setErrors(drawn);
    if (drawn.newTotal) requestAnimationFrame(() => moveFocusTo(totalRef.current));
    else if (drawn.justification) requestAnimationFrame(() => moveFocusTo(justificationRef.current));
    return Object.keys(drawn).length > 0;
  };

  const problemLines = (refused: FormProblem): string[] => {
    switch (refused.kind) {
      case "forbidden":
        return [t("revisions.forbidden")];
      case "conflict":
      case "invalid":
      case "rules":
        return refused.errors.length > 0 ? refused.errors.map(errorText) : [t("revisions.stale")];
      default:
        return [refused.message ?? t("errors.unexpected")];
    }
  };

  const toShares = (shares: Shares) =>
    Object.entries(shares)
      .filter(([, percent]) => percent.trim() !== "" && Number(percent) !== 0)
      .map(([code, percent]) => ({ code, percent: Number(percent.replace(",", ".")) }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (justification.trim().length < REVISION_JUSTIFICATION_MIN) {
      show([
        {
          field: "justification",
          code: "too_small",
          message: "",
          params: { origin: "string", minimum: REVISION_JUSTIFICATION_MIN },
        },
      ]);
      return;
    }
    send.mutate(
      {
        newTotal: newTotal.trim(),
        areaShares: toShares(areas),
        activityShares: toShares(activities),
        years: years.map((y) => y.trim()),
        justification: justification.trim(),
      },
      {
        onSuccess: (created) => {
          onClose();
          notifications.show({
            color: "green",
            closeButtonProps: { "aria-label": t("revisions.dismiss") },
            title: t("revisions.requestedTitle"),
            message: t("revisions.requestedMessage", { amount: format.money(created.newTotal) }),
          });
        },
        onError: (error) => {
          const refused = formProblemOf(error);
          if (refused === null) return;
          if (refused.kind === "invalid" && show(refused.errors)) return;
          setErrors({});
          setProblem(problemLines(refused));
          requestAnimationFrame(() => moveFocusTo(problemRef.current, "start"));
        },
      },
    );
  };

  const shareInputs = (list: "areasOfWork" | "activityTypes", shares: Shares, set: (s: Shares) => void) =>
    Object.entries(shares).map(([code, percent]) => (
      <TextInput
        key={code}
        label={refs.name(list, code)}
        rightSection={<Text size="sm">%</Text>}
        inputMode="decimal"
        value={percent}
        onChange={(event) => set({ ...shares, [code]: event.currentTarget.value })}
      />
    ));

  /** A revision may move money to an area or activity type the project did not have yet. */
  const addShare = (list: "areasOfWork" | "activityTypes", shares: Shares, set: (s: Shares) => void) => {
    const others = refs.options(list).filter((o) => !(o.value in shares));
    if (others.length === 0) return null;
    return (
      <Select
        mt="sm"
        label={t(list === "areasOfWork" ? "revisions.addArea" : "revisions.addActivity")}
        placeholder={t("revisions.addPlaceholder")}
        data={others}
        searchable
        value={null}
        onChange={(code) => {
          if (code) set({ ...shares, [code]: "" });
        }}
        maw={360}
      />
    );
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t("revisions.requestTitle")}
      size="xl"
      closeButtonProps={{ "aria-label": t("revisions.closeDialog") }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">
            {t("revisions.currentBudget", { code: project.code, amount: format.money(current) })}
          </Text>
          {problem && (
            <Alert ref={problemRef} tabIndex={-1} role="alert" color="red" variant="light">
              {problem.length === 1 ? (
                <Text size="sm">{problem[0]}</Text>
              ) : (
                <List size="sm">
                  {problem.map((line) => (
                    <List.Item key={line}>{line}</List.Item>
                  ))}
                </List>
              )}
            </Alert>
          )}
          <MoneyInput
            ref={totalRef}
            label={t("revisions.newTotal")}
            description={t("revisions.newTotalHelp")}
            required
            value={newTotal}
            onChange={changeTotal}
            error={errors.newTotal}
            data-autofocus
          />
          <Fieldset legend={t("revisions.areaShares")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {shareInputs("areasOfWork", areas, setAreas)}
            </SimpleGrid>
            {addShare("areasOfWork", areas, setAreas)}
            {errors.areaShares && (
              <Text size="sm" c="red.8" mt={4}>
                {errors.areaShares}
              </Text>
            )}
          </Fieldset>
          <Fieldset legend={t("revisions.activityShares")}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {shareInputs("activityTypes", activities, setActivities)}
            </SimpleGrid>
            {addShare("activityTypes", activities, setActivities)}
            {errors.activityShares && (
              <Text size="sm" c="red.8" mt={4}>
                {errors.activityShares}
              </Text>
            )}
          </Fieldset>
          <Fieldset legend={t("revisions.years")}>
            <Text size="xs" c="dimmed" mb="xs">
              {t("revisions.yearsHelp")}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {periods.map((period, i) => (
                <MoneyInput
                  key={period.start}
                  label={t("revisions.year", {
                    n: i + 1,
                    from: format.date(period.start),
                    to: format.date(period.end),
                  })}
                  value={years[i] ?? ""}
                  onChange={(value) => {
                    const next = [...years];
                    next[i] = value;
                    setYears(next);
                    setYearsEdited(true);
                  }}
                />
              ))}
            </SimpleGrid>
            {errors.years && (
              <Text size="sm" c="red.8" mt={4} role="alert">
                {errors.years}
              </Text>
            )}
            <Button
              variant="subtle"
              size="xs"
              mt="xs"
              onClick={() => {
                setYears(splitByDays(newTotal, project));
                setYearsEdited(false);
              }}
            >
              {t("revisions.splitByDays")}
            </Button>
          </Fieldset>
          <Textarea
            ref={justificationRef}
            label={t("revisions.justification")}
            description={t("revisions.justificationHelp", { min: REVISION_JUSTIFICATION_MIN })}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={REVISION_JUSTIFICATION_MAX}
            value={justification}
            onChange={(event) => setJustification(event.currentTarget.value)}
            error={errors.justification}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={send.isPending}>
              {t("revisions.send")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
