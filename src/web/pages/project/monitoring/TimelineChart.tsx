/**
 * The timeline drawn in SVG from the numbers of domain/timeline.ts: a time axis of months and
 * years, then one row each for the phases, the planned and actual periods, milestones and the
 * narrative and financial reports, and a vertical line for today. Each mark has a <title> for
 * hover; the section around it gives the summary and the same events as a table.
 */
import { useId } from "react";
import {
  actualBarEnd,
  dayScale,
  milestoneState,
  type ProjectTimeline,
  type TimelineReport,
  timelineAxis,
  timelineDates,
  timelineWindow,
} from "../../../../domain/timeline";
import {
  ExtensionPatterns,
  MilestoneShape,
  ReportShape,
  RevisionShape,
  type TimelinePalette,
} from "./TimelineMarkers";
import type { TimelineText } from "./TimelineText";

const LABEL_WIDTH = 150;
const RIGHT_PAD = 20;
const TODAY_BAND = 22;
const AXIS_HEIGHT = 40;
const ROW_HEIGHT = 36;
const ROWS = ["phases", "planned", "actual", "milestones", "narrative", "financial"] as const;
type Row = (typeof ROWS)[number];

export const TIMELINE_HEIGHT = TODAY_BAND + AXIS_HEIGHT + ROWS.length * ROW_HEIGHT + 8;

function rowCenter(row: Row): number {
  return TODAY_BAND + AXIS_HEIGHT + ROWS.indexOf(row) * ROW_HEIGHT + ROW_HEIGHT / 2;
}

export function TimelineChart({
  timeline,
  width,
  text,
  palette,
  labelledBy,
}: {
  timeline: ProjectTimeline;
  width: number;
  text: TimelineText;
  palette: TimelinePalette;
  labelledBy: string;
}) {
  const idPrefix = useId().replace(/:/g, "");
  const { t, format } = text;
  const x0 = LABEL_WIDTH;
  const x1 = width - RIGHT_PAD;
  const axis = timelineAxis(timelineWindow(timelineDates(timeline)), x1 - x0);
  const x = dayScale(axis.window, x0, x1);
  // The last tick sits on the right edge: its labels would run off the drawing.
  const ticks = axis.ticks.map((tick) => ({ ...tick, labelled: x(tick.date) < width - 36 }));
  const monthName = new Intl.DateTimeFormat(format.locale, { month: "short", timeZone: "UTC" });
  const monthLabel = (date: string) => monthName.format(new Date(`${date}T00:00:00Z`));
  const top = TODAY_BAND + AXIS_HEIGHT;
  const bottom = TIMELINE_HEIGHT - 8;
  const bar = (row: Row, height: number) => ({ y: rowCenter(row) - height / 2, height });
  const span = (from: string, to: string) => ({ x: x(from), width: Math.max(2, x(to) - x(from)) });
  const today = x(timeline.today);
  const todayLabel = t("timeline.today");
  const pillWidth = todayLabel.length * 6.5 + 14;
  const pillX = Math.min(Math.max(today - pillWidth / 2, 0), width - pillWidth);
  const actualEnd = actualBarEnd(timeline);
  const approved = timeline.extensions.filter((e) => e.status === "approved");
  const open = timeline.extensions.find((e) => e.status === "requested");

  const reportRow = (kind: TimelineReport["kind"]) =>
    timeline.reports
      .filter((r) => r.kind === kind)
      .map((r) => (
        <g key={r.id}>
          <title>{`${text.report(r)} — ${t("timeline.dueOn", { date: format.date(r.dueDate) })} — ${t(`timeline.reportState.${r.state}`)}`}</title>
          <ReportShape
            state={r.state}
            x={x(r.dueDate)}
            y={rowCenter(kind)}
            size={r.stage === "final" ? 8 : 6}
            palette={palette}
          />
        </g>
      ));

  return (
    // biome-ignore lint/a11y/noSvgWithoutTitle: named by the visible summary above it (aria-labelledby)
    <svg
      role="img"
      aria-labelledby={labelledBy}
      viewBox={`0 0 ${width} ${TIMELINE_HEIGHT}`}
      width="100%"
      style={{ display: "block", fontFamily: "var(--mantine-font-family)" }}
    >
      <ExtensionPatterns palette={palette} idPrefix={idPrefix} />

      {/* Rows: their labels and the lines between them. */}
      {ROWS.map((row, index) => (
        <g key={row}>
          <line
            x1={0}
            x2={width}
            y1={top + index * ROW_HEIGHT}
            y2={top + index * ROW_HEIGHT}
            stroke={palette.rowLine}
          />
          <text x={8} y={rowCenter(row) + 4} fontSize={13} fontWeight={600} fill={palette.text}>
            {t(`timeline.row.${row}`)}
          </text>
        </g>
      ))}
      <line x1={0} x2={width} y1={bottom} y2={bottom} stroke={palette.rowLine} />

      {/* Axis: a grid line per tick, month names, and the year where it starts. */}
      {ticks.map((tick) => (
        <g key={tick.date}>
          <line
            x1={x(tick.date)}
            x2={x(tick.date)}
            y1={TODAY_BAND + 20}
            y2={bottom}
            stroke={tick.date.endsWith("-01-01") ? palette.yearGrid : palette.grid}
          />
          {tick.labelled && (
            <text x={x(tick.date) + 3} y={TODAY_BAND + 34} fontSize={11} fill={palette.muted}>
              {monthLabel(tick.date)}
            </text>
          )}
          {tick.labelled && tick.yearStart && (
            <text x={x(tick.date) + 3} y={TODAY_BAND + 15} fontSize={12} fontWeight={700} fill={palette.text}>
              {tick.date.slice(0, 4)}
            </text>
          )}
        </g>
      ))}

      {/* Phases of the project's life, each a band with its name when it fits. */}
      {timeline.phases.map((phase) => {
        // A phase under way runs to today (or is a sliver when it starts today or later).
        let to = phase.to ?? timeline.today;
        if (to < phase.from) to = phase.from;
        const { x: left, width: w } = span(phase.from, to);
        const name = t(`timeline.phase.${phase.phase}`);
        return (
          <g key={phase.phase}>
            <title>{`${name}: ${text.range(phase.from, phase.to)}`}</title>
            <rect
              x={left}
              {...bar("phases", 22)}
              width={w}
              rx={3}
              fill={palette.phase[phase.phase]}
              stroke="#fff"
            />
            {w > name.length * 7 + 8 && (
              <text x={left + 5} y={rowCenter("phases") + 4} fontSize={11} fill={palette.text}>
                {name}
              </text>
            )}
          </g>
        );
      })}

      {/* Planned: start to the original end, then each approved extension hatched, and an open request dashed. */}
      <g>
        <title>{`${t("timeline.row.planned")}: ${text.range(timeline.plannedStart, timeline.originalEnd)}`}</title>
        <rect
          x={x(timeline.plannedStart)}
          {...bar("planned", 14)}
          width={span(timeline.plannedStart, timeline.originalEnd).width}
          rx={2}
          fill={palette.planned}
        />
      </g>
      {approved.map((e) => (
        <g key={e.id}>
          <title>{`${t("timeline.extensionApproved")}: ${text.range(e.previousEnd, e.requestedEnd)}`}</title>
          <rect
            {...span(e.previousEnd, e.requestedEnd)}
            {...bar("planned", 14)}
            fill={`url(#${idPrefix}-approved)`}
            stroke={palette.planned}
          />
        </g>
      ))}
      {timeline.originalEnd !== timeline.plannedEnd && (
        <g>
          <title>{`${t("timeline.event.originalEnd")}: ${format.date(timeline.originalEnd)}`}</title>
          <line
            x1={x(timeline.originalEnd)}
            x2={x(timeline.originalEnd)}
            y1={rowCenter("planned") - 12}
            y2={rowCenter("planned") + 12}
            stroke={palette.text}
            strokeWidth={2}
          />
        </g>
      )}
      {open && (
        <g>
          <title>{`${t("timeline.extensionRequested")}: ${text.range(open.previousEnd, open.requestedEnd)}`}</title>
          <rect
            {...span(open.previousEnd, open.requestedEnd)}
            {...bar("planned", 14)}
            fill={`url(#${idPrefix}-requested)`}
            stroke={palette.requested}
            strokeDasharray="4 2"
          />
        </g>
      )}

      {/* Approved budget revisions: money, not time, so a mark on the planned bar at the day decided. */}
      {timeline.revisions.map((r) => (
        <g key={r.id}>
          <title>{`${text.event({ date: r.decidedOn, type: "revision", revision: r })} — ${format.date(r.decidedOn)}`}</title>
          <RevisionShape x={x(r.decidedOn)} y={rowCenter("planned")} palette={palette} />
        </g>
      ))}

      {/* Actual: from the start to the end, or to today while it runs (an arrow says it goes on). */}
      {timeline.actualStart && actualEnd && (
        <g>
          <title>{`${t("timeline.row.actual")}: ${text.range(timeline.actualStart, timeline.actualEnd)}`}</title>
          <rect
            x={x(timeline.actualStart)}
            {...bar("actual", 14)}
            width={span(timeline.actualStart, actualEnd).width}
            rx={2}
            fill={palette.actual}
          />
          {!timeline.actualEnd && (
            <polygon
              points={`${x(actualEnd)},${rowCenter("actual") - 9} ${x(actualEnd) + 9},${rowCenter("actual")} ${x(actualEnd)},${rowCenter("actual") + 9}`}
              fill={palette.actual}
            />
          )}
        </g>
      )}

      {/* Milestones: an achieved one at its actual date, linked to its planned date when they differ. */}
      {timeline.milestones.map((m) => {
        const state = milestoneState(m, timeline.today);
        const at = m.actualDate ?? m.plannedDate;
        const y = rowCenter("milestones");
        return (
          <g key={m.id}>
            <title>{`${m.title} — ${t("timeline.plannedOn", { date: format.date(m.plannedDate) })}${m.actualDate ? `, ${t("timeline.achievedOn", { date: format.date(m.actualDate) })}` : ""} — ${t(`timeline.milestoneState.${state}`, { date: format.date(m.plannedDate) })}`}</title>
            {m.actualDate && m.actualDate !== m.plannedDate && (
              <line
                x1={x(m.plannedDate)}
                x2={x(m.actualDate)}
                y1={y}
                y2={y}
                stroke={palette.muted}
                strokeDasharray="2 2"
              />
            )}
            <MilestoneShape state={state} x={x(at)} y={y} palette={palette} />
          </g>
        );
      })}

      {reportRow("narrative")}
      {reportRow("financial")}

      {/* Today, over everything else. */}
      <g>
        <title>{`${t("timeline.today")}: ${format.date(timeline.today)}`}</title>
        <line
          x1={today}
          x2={today}
          y1={TODAY_BAND - 2}
          y2={bottom}
          stroke={palette.today}
          strokeWidth={2}
          strokeDasharray="5 3"
        />
        <rect x={pillX} y={2} width={pillWidth} height={TODAY_BAND - 4} rx={4} fill={palette.today} />
        <text
          x={pillX + pillWidth / 2}
          y={TODAY_BAND - 7}
          fontSize={11}
          fontWeight={700}
          fill="#fff"
          textAnchor="middle"
        >
          {todayLabel}
        </text>
      </g>
    </svg>
  );
}
