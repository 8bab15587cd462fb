/** The words of the timeline: hover titles, the table view and the summary say the same things. */
import { useTranslation } from "react-i18next";
import type { TimelineEvent, TimelineReport } from "../../../../domain/timeline";
import { useFormat } from "../../../lib/format";

export function useTimelineText() {
  const { t } = useTranslation();
  const format = useFormat();
  const report = (r: TimelineReport) =>
    r.stage === "final"
      ? t("timeline.report.final", { kind: t(`timeline.kind.${r.kind}`) })
      : t("timeline.report.interim", { kind: t(`timeline.kind.${r.kind}`), sequence: r.sequence });
  const range = (from: string, to: string | null) =>
    to
      ? t("timeline.range", { from: format.date(from), to: format.date(to) })
      : t("timeline.since", { from: format.date(from) });

  /** What an event is, in a few words (the table's "Event" column). */
  const event = (e: TimelineEvent): string => {
    switch (e.type) {
      case "phase":
        return t("timeline.event.phase", { phase: t(`timeline.phase.${e.phase}`) });
      case "milestone":
        return t("timeline.event.milestone", { title: e.title });
      case "report":
        return t("timeline.event.reportDue", { report: report(e.report) });
      case "extension":
        return t("timeline.event.extension", {
          from: format.date(e.extension.previousEnd),
          to: format.date(e.extension.requestedEnd),
        });
      case "revision":
        return t("timeline.event.revision", {
          change: `${e.revision.change.startsWith("-") ? "" : "+"}${format.money(e.revision.change)}`,
          budget: format.money(e.revision.newBudget),
        });
      default:
        return t(`timeline.event.${e.type}`);
    }
  };

  /** Where the event stands (the table's "State" column), or "" when that says nothing more. */
  const state = (e: TimelineEvent): string => {
    switch (e.type) {
      case "milestone":
        return e.state === "achieved" || e.state === "achievedLate"
          ? t(`timeline.milestoneState.${e.state}`, { date: format.date(e.plannedDate) })
          : t(`timeline.milestoneState.${e.state}`);
      case "report":
        return t(`timeline.reportState.${e.state}`);
      case "extension":
        return t(`timeline.extensionStatus.${e.extension.status}`);
      case "revision":
        return t("timeline.revisionApproved");
      default:
        return "";
    }
  };

  return { t, format, report, range, event, state };
}

export type TimelineText = ReturnType<typeof useTimelineText>;
