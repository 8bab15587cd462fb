/**
 * The marks of the timeline, shared by the drawing and its legend. Each report state has its
 * own shape as well as its own colour, so that the timeline reads in black and white and for
 * people who do not tell the colours apart. Colours are Mantine shades of 3:1 or more on white.
 */
import { type MantineTheme, useMantineTheme } from "@mantine/core";
import type { ReportState } from "../../../../domain/reportSchedule";
import type { MilestoneState, TimelinePhase } from "../../../../domain/timeline";

export function timelinePalette(theme: MantineTheme) {
  const c = theme.colors;
  return {
    text: c.gray[9],
    muted: c.gray[7],
    grid: c.gray[2],
    yearGrid: c.gray[4],
    rowLine: c.gray[3],
    planned: (c[theme.primaryColor] ?? c.blue)[6],
    plannedLight: (c[theme.primaryColor] ?? c.blue)[1],
    actual: c.green[8],
    requested: c.orange[8],
    requestedLight: c.orange[0],
    today: c.red[8],
    revision: c.grape[8],
    phase: {
      proposal: c.gray[3],
      review: c.indigo[2],
      approved: c.cyan[2],
      implementation: c.green[2],
      closed: c.grape[2],
    } satisfies Record<TimelinePhase, string>,
    report: {
      upcoming: c.gray[7],
      due: c.orange[8],
      overdue: c.red[8],
      submitted: c.blue[7],
      accepted: c.green[8],
      returned: c.violet[7],
    } satisfies Record<ReportState, string>,
    milestone: {
      planned: c.gray[7],
      late: c.red[8],
      achieved: c.teal[8],
      achievedLate: c.orange[8],
    } satisfies Record<MilestoneState, string>,
  };
}

export type TimelinePalette = ReturnType<typeof timelinePalette>;

export function useTimelinePalette(): TimelinePalette {
  return timelinePalette(useMantineTheme());
}

/** A report's mark centred on (x, y); `size` is its half-width. */
export function ReportShape({
  state,
  x,
  y,
  size = 6,
  palette,
}: {
  state: ReportState;
  x: number;
  y: number;
  size?: number;
  palette: TimelinePalette;
}) {
  const color = palette.report[state];
  const s = size;
  switch (state) {
    case "upcoming":
      return <circle cx={x} cy={y} r={s - 1} fill="#fff" stroke={color} strokeWidth={2} />;
    case "due":
      return (
        <polygon points={`${x},${y - s - 1} ${x + s + 1},${y + s} ${x - s - 1},${y + s}`} fill={color} />
      );
    case "overdue":
      return (
        <g>
          <rect x={x - s} y={y - s} width={2 * s} height={2 * s} fill={color} />
          <path
            d={`M${x - s / 2},${y - s / 2} L${x + s / 2},${y + s / 2} M${x + s / 2},${y - s / 2} L${x - s / 2},${y + s / 2}`}
            stroke="#fff"
            strokeWidth={1.6}
          />
        </g>
      );
    case "submitted":
      return <circle cx={x} cy={y} r={s} fill={color} />;
    case "accepted":
      return (
        <g>
          <circle cx={x} cy={y} r={s} fill={color} />
          <path
            d={`M${x - s / 2},${y} L${x - s / 8},${y + s / 2.4} L${x + s / 2},${y - s / 2.4}`}
            fill="none"
            stroke="#fff"
            strokeWidth={1.6}
          />
        </g>
      );
    case "returned":
      return (
        <polygon points={`${x - s - 1},${y - s} ${x + s + 1},${y - s} ${x},${y + s + 1}`} fill={color} />
      );
  }
}

/** A milestone's diamond: hollow while planned, filled once achieved, red and marked "!" when late. */
export function MilestoneShape({
  state,
  x,
  y,
  size = 7,
  palette,
}: {
  state: MilestoneState;
  x: number;
  y: number;
  size?: number;
  palette: TimelinePalette;
}) {
  const color = palette.milestone[state];
  const filled = state === "achieved" || state === "achievedLate";
  const points = `${x},${y - size} ${x + size},${y} ${x},${y + size} ${x - size},${y}`;
  return (
    <g>
      <polygon points={points} fill={filled ? color : "#fff"} stroke={color} strokeWidth={2} />
      {(state === "late" || state === "achievedLate") && (
        <text x={x + size + 2} y={y - 2} fontSize={12} fontWeight={700} fill={color}>
          !
        </text>
      )}
    </g>
  );
}

/** An approved budget revision: a coin marked with the currency sign, on the planned bar at the day decided. */
export function RevisionShape({
  x,
  y,
  size = 7,
  palette,
}: {
  x: number;
  y: number;
  size?: number;
  palette: TimelinePalette;
}) {
  return (
    <g>
      <circle cx={x} cy={y} r={size} fill="#fff" stroke={palette.revision} strokeWidth={2} />
      <text
        x={x}
        y={y + size / 2 + 0.5}
        fontSize={size * 1.5}
        fontWeight={700}
        fill={palette.revision}
        textAnchor="middle"
      >
        $
      </text>
    </g>
  );
}

/** The hatching of an extension's part of the planned bar: approved (solid colour) or still requested. */
export function ExtensionPatterns({ palette, idPrefix }: { palette: TimelinePalette; idPrefix: string }) {
  return (
    <defs>
      <pattern
        id={`${idPrefix}-approved`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} fill={palette.plannedLight} />
        <rect width={3} height={6} fill={palette.planned} />
      </pattern>
      <pattern
        id={`${idPrefix}-requested`}
        width={6}
        height={6}
        patternUnits="userSpaceOnUse"
        patternTransform="rotate(45)"
      >
        <rect width={6} height={6} fill={palette.requestedLight} />
        <rect width={2} height={6} fill={palette.requested} />
      </pattern>
    </defs>
  );
}
