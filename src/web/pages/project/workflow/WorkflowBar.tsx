/**
 * The buttons for the steps this user may take now (the server's `can.transitions`), and a line
 * saying who acts next when the next step is someone else's.
 */
import { Button, type ButtonProps, Group, Stack, Text } from "@mantine/core";
import { IconHourglass } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type TransitionName, transitionsFrom } from "../../../../domain/lifecycle";
import { stepsOnCourse } from "../../../../domain/lifecycleFacts";
import type { ProjectDetail } from "../../../../domain/project";
import { currentLanguage } from "../../../i18n";
import { useReferenceData } from "../../../lib/reference";
import { TransitionModal } from "./TransitionModal";

/** Steps that move a proposal forward; turning back or ending it is never the prominent choice. */
const FORWARD: readonly TransitionName[] = stepsOnCourse("forward");
const ENDING: readonly TransitionName[] = stepsOnCourse("ends");

/** Forward first, turning back next, ending last, whatever order the server lists them in. */
function rank(name: TransitionName): number {
  if (FORWARD.includes(name)) return 0;
  return ENDING.includes(name) ? 2 : 1;
}

function buttonStyle(name: TransitionName): Pick<ButtonProps, "variant" | "color"> {
  if (FORWARD.includes(name)) return { variant: "filled" };
  // Shade 9 keeps the red outline and text above 4.5:1 on white.
  if (ENDING.includes(name)) return { variant: "outline", color: "red.9" };
  return { variant: "default" };
}

/**
 * Who takes the next step from this status, read from the life-cycle table. A side step
 * (withdrawing) is open to the PM almost throughout, so it does not make the PM "next" while a
 * decision is pending.
 */
function nextStep(status: ProjectDetail["status"]) {
  const all = transitionsFrom(status);
  const main = all.filter((t) => !t.sideStep);
  const steps = main.length > 0 ? main : all;
  const actor = steps[0]?.by;
  return actor ? { actor, steps: steps.filter((s) => s.by === actor).map((s) => s.name) } : null;
}

export function WaitingLine({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const refs = useReferenceData();
  const next = nextStep(project.status);
  if (!next) {
    return (
      <Text size="sm" c="dimmed">
        {t("workflow.finished", { status: t(`status.${project.status}`) })}
      </Text>
    );
  }
  // Several steps read as one choice: "Endorse, Return for revision or Do not endorse".
  const list = new Intl.ListFormat(currentLanguage(), { type: "disjunction" });
  const steps = list.format(next.steps.map((s) => t(`transition.${s}`)));
  const who =
    next.actor === "projectManager"
      ? project.pm
        ? t("workflow.waiting.projectManager", { name: project.pm.name })
        : t("workflow.waiting.projectManagerUnnamed")
      : next.actor === "regionalReviewer"
        ? t("workflow.waiting.regionalReviewer", { region: refs.name("regions", project.region) })
        : t("workflow.waiting.fundManager");
  return (
    <Group gap={6} wrap="nowrap" align="flex-start">
      <IconHourglass size={18} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
      <Text size="sm">
        <Text span size="sm" fw={600}>
          {who}
        </Text>{" "}
        {t("workflow.nextSteps", { steps })}
      </Text>
    </Group>
  );
}

export function WorkflowBar({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  // The modal stays mounted while it closes, so that it fades out instead of vanishing.
  const [chosen, setChosen] = useState<{ name: TransitionName; opened: boolean; key: number } | null>(null);
  const mine = [...project.can.transitions].sort((a, b) => rank(a) - rank(b));
  const next = nextStep(project.status);
  // The line shows when the step everyone waits for is not this user's to take.
  const waitingOnOthers = !next?.steps.some((s) => mine.includes(s));

  if (mine.length === 0 && !waitingOnOthers) return null;
  return (
    <Stack gap="xs">
      {mine.length > 0 && (
        <Group gap="sm" role="group" aria-label={t("workflow.actions")}>
          {mine.map((name) => (
            <Button
              key={name}
              {...buttonStyle(name)}
              onClick={() => setChosen((c) => ({ name, opened: true, key: (c?.key ?? 0) + 1 }))}
            >
              {t(`transition.${name}`)}
            </Button>
          ))}
        </Group>
      )}
      {waitingOnOthers && <WaitingLine project={project} />}
      {chosen && (
        <TransitionModal
          key={chosen.key}
          project={project}
          transition={chosen.name}
          opened={chosen.opened}
          onClose={() => setChosen((c) => c && { ...c, opened: false })}
        />
      )}
    </Stack>
  );
}
