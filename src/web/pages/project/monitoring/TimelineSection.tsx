/**
 * The project's timeline on its page: a short summary, the drawing (sized to its container),
 * its legend, the same events as a table, and a "Print" that prints the timeline alone on one
 * landscape page.
 */
import { Button, Group, Skeleton, Stack, Text } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { IconPrinter } from "@tabler/icons-react";
import { useId } from "react";
import type { ProjectDetail } from "../../../../domain/project";
import { milestoneState, type ProjectTimeline } from "../../../../domain/timeline";
import { useTimeline } from "../../../api/timeline";
import { QueryError } from "../../../components/QueryError";
import { ScrollRegion } from "../../../components/ScrollRegion";
import { Section } from "../../../components/Section";
import classes from "./Timeline.module.css";
import { TIMELINE_HEIGHT, TimelineChart } from "./TimelineChart";
import { TimelineLegend } from "./TimelineLegend";
import { useTimelinePalette } from "./TimelineMarkers";
import { TimelineTable } from "./TimelineTable";
import { type TimelineText, useTimelineText } from "./TimelineText";

/** Below this the drawing scrolls sideways rather than crowd its labels. */
const MIN_WIDTH = 760;

function summary(timeline: ProjectTimeline, { t, format }: TimelineText): string {
  const parts = [
    t("timeline.summary.planned", {
      from: format.date(timeline.plannedStart),
      to: format.date(timeline.plannedEnd),
    }),
  ];
  if (timeline.originalEnd !== timeline.plannedEnd) {
    parts.push(t("timeline.summary.extended", { date: format.date(timeline.originalEnd) }));
  }
  if (timeline.actualStart) {
    parts.push(
      timeline.actualEnd
        ? t("timeline.summary.ran", {
            from: format.date(timeline.actualStart),
            to: format.date(timeline.actualEnd),
          })
        : t("timeline.summary.started", { date: format.date(timeline.actualStart) }),
    );
  }
  // Each number gets its own piece, pluralised on that number (French and Spanish agree the
  // participle with it). A milestone "overdue" is one whose planned date passed unachieved; the
  // chart's "achieved late" markers are achieved ones and are not counted here.
  if (timeline.milestones.length > 0) {
    const states = timeline.milestones.map((m) => milestoneState(m, timeline.today));
    parts.push(
      t("timeline.summary.milestones", {
        achieved: t("timeline.summary.milestonesAchieved", {
          count: states.filter((s) => s === "achieved" || s === "achievedLate").length,
          total: timeline.milestones.length,
        }),
        overdue: t("timeline.summary.milestonesOverdue", {
          count: states.filter((s) => s === "late").length,
        }),
      }),
    );
  }
  if (timeline.reports.length > 0) {
    const count = (state: string) => timeline.reports.filter((r) => r.state === state).length;
    parts.push(
      t("timeline.summary.reports", {
        reports: t("timeline.summary.reportsTotal", { count: timeline.reports.length }),
        done: t("timeline.summary.reportsDone", { count: count("submitted") + count("accepted") }),
        due: t("timeline.summary.reportsDue", { count: count("due") }),
        overdue: t("timeline.summary.reportsOverdue", { count: count("overdue") }),
      }),
    );
  }
  parts.push(t("timeline.summary.today", { date: format.date(timeline.today) }));
  return parts.join(" ");
}

/** Prints the timeline alone: the print stylesheet hides the rest of the page while the body is marked. */
function printTimeline() {
  document.body.dataset.printing = "timeline";
  const done = () => {
    delete document.body.dataset.printing;
    window.removeEventListener("afterprint", done);
  };
  window.addEventListener("afterprint", done);
  window.print();
}

/** The drawing at the width of its container, measured once it is on the page. */
function TimelineCanvas({
  timeline,
  text,
  labelledBy,
}: {
  timeline: ProjectTimeline;
  text: TimelineText;
  labelledBy: string;
}) {
  const palette = useTimelinePalette();
  const { ref, width } = useElementSize();
  return (
    <ScrollRegion label={text.t("timeline.chartRegion")}>
      <div className={classes.canvas} ref={ref}>
        {width > 0 ? (
          <TimelineChart
            timeline={timeline}
            width={Math.max(width, MIN_WIDTH)}
            text={text}
            palette={palette}
            labelledBy={labelledBy}
          />
        ) : (
          <div style={{ height: TIMELINE_HEIGHT }} />
        )}
      </div>
    </ScrollRegion>
  );
}

export function TimelineSection({ project }: { project: ProjectDetail }) {
  const text = useTimelineText();
  const { t } = text;
  const palette = useTimelinePalette();
  const summaryId = useId();
  const { data, isLoading, error, refetch } = useTimeline(project.id, project.version);

  return (
    <div className={classes.printable}>
      <Section
        title={t("timeline.title")}
        actions={
          data && (
            <Group gap="xs" className={classes.noPrint}>
              <Button
                variant="default"
                size="xs"
                leftSection={<IconPrinter size={14} aria-hidden />}
                onClick={printTimeline}
              >
                {t("timeline.print")}
              </Button>
            </Group>
          )
        }
      >
        {isLoading ? (
          <Skeleton height={TIMELINE_HEIGHT} />
        ) : error ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : data ? (
          <Stack gap="sm">
            <Text className={classes.printOnly} fw={700}>
              {project.code} — {project.title}
            </Text>
            <Text size="sm" id={summaryId}>
              {summary(data, text)}
            </Text>
            <TimelineCanvas timeline={data} text={text} labelledBy={summaryId} />
            <TimelineLegend text={text} palette={palette} />
            <details className={`${classes.details} ${classes.noPrint}`}>
              <summary>{t("timeline.showTable")}</summary>
              <TimelineTable projectId={project.id} timeline={data} text={text} />
            </details>
          </Stack>
        ) : null}
      </Section>
    </div>
  );
}
