/**
 * The geometry of the process map. Where each status sits is decided here (the main flow in a
 * row, the side states below it); the arrows are not: they come from the TRANSITIONS table, so
 * a transition added to the life cycle appears on the map without touching this file.
 */
import {
  PROJECT_STATUSES,
  type ProjectStatus,
  TRANSITIONS,
  type Transition,
} from "../../../domain/lifecycle";

export const MAIN_FLOW: readonly ProjectStatus[] = [
  "draft",
  "submitted",
  "endorsed",
  "approved",
  "active",
  "closed",
];

/**
 * The side states, below the main flow: "rejected" between the two steps that can reject, and
 * "withdrawn" under "draft" on a lower row, so that the arrows into it pass around "rejected".
 */
const SIDE_PLACES: Partial<Record<ProjectStatus, { col: number; row: number }>> = {
  rejected: { col: 1.5, row: 1 },
  withdrawn: { col: 0, row: 2 },
};

const COL = 200;
export const BOX_W = 100;
export const BOX_H = 44;
const MARGIN = 24;
const LANE_GAP = 30;
const PORT_GAP = 22;
export const LINE_H = 14;
const LABEL_GAP = 5;

/** The width of a label in the map's font, in SVG units. */
export type Measure = (text: string) => number;

export interface StateBox {
  status: ProjectStatus;
  x: number;
  y: number;
}

export interface Connector {
  key: string;
  transition: Transition;
  /** One SVG path; its last point is the arrow's tip at the target. */
  d: string;
  label: { x: number; y: number; lines: string[] };
  /** The statuses it joins, to highlight the arrows of a status. */
  states: ProjectStatus[];
}

export interface ProcessLayout {
  width: number;
  height: number;
  states: StateBox[];
  connectors: Connector[];
}

interface Place {
  col: number;
  row: number;
}

/** Greedy word wrap; a word longer than the width stands alone on its line. */
export function wrap(text: string, width: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function placesOf(): Map<ProjectStatus, Place> {
  const places = new Map<ProjectStatus, Place>();
  for (const [col, status] of MAIN_FLOW.entries()) places.set(status, { col, row: 0 });
  for (const [status, place] of Object.entries(SIDE_PLACES)) places.set(status as ProjectStatus, place);
  // A status nobody placed yet still shows, on a row of its own at the bottom.
  const spare = Math.max(...[...places.values()].map((p) => p.row)) + 1;
  for (const [col, status] of PROJECT_STATUSES.filter((s) => !places.has(s)).entries()) {
    places.set(status, { col, row: spare });
  }
  return places;
}

type Kind = "straight" | "above" | "below" | "direct";

interface Draft {
  key: string;
  transition: Transition;
  kind: Kind;
  band: number;
  text: string;
  labelWidth: number;
  /** Horizontal extent on its lane (centres of the boxes it joins), before ports are assigned. */
  span: [number, number];
  lane: number;
}

function kindOf(t: Transition, places: Map<ProjectStatus, Place>): { kind: Kind; band: number } {
  const to = places.get(t.to) as Place;
  const from = t.from.map((s) => places.get(s) as Place);
  const [only] = from;
  if (from.length === 1 && only && only.row === 0 && to.row === 0 && to.col === only.col + 1) {
    return { kind: "straight", band: 0 };
  }
  if (to.row === 0 && from.every((p) => p.row === 0)) return { kind: "above", band: 0 };
  if (from.every((p) => p.row < to.row)) return { kind: "below", band: to.row };
  return { kind: "direct", band: 0 };
}

/** Lowest lane (nearest to the boxes) whose arrows and labels do not overlap this one's. */
function assignLanes(drafts: Draft[]): void {
  const taken: [number, number][][] = [];
  const sorted = [...drafts].sort((a, b) => a.span[1] - a.span[0] - (b.span[1] - b.span[0]));
  for (const draft of sorted) {
    const centre = (draft.span[0] + draft.span[1]) / 2;
    const extent: [number, number] = [
      Math.min(draft.span[0], centre - draft.labelWidth / 2) - PORT_GAP,
      Math.max(draft.span[1], centre + draft.labelWidth / 2) + PORT_GAP,
    ];
    let lane = 0;
    while (taken[lane]?.some(([a, b]) => a < extent[1] && extent[0] < b)) lane++;
    taken[lane] = [...(taken[lane] ?? []), extent];
    draft.lane = lane;
  }
}

interface PortRequest {
  key: string;
  /** -1: the arrow leaves towards the left, 0 straight, 1 towards the right. */
  direction: number;
  depth: number;
}

/**
 * Spreads the arrows leaving one side of a box so that they do not cross: those heading left on
 * the left, and among them the one going furthest (deepest lane) outermost.
 */
function portOffsets(requests: PortRequest[]): Map<string, number> {
  const order = [...requests].sort((a, b) => {
    if (a.direction !== b.direction) return a.direction - b.direction;
    return a.direction < 0 ? a.depth - b.depth : b.depth - a.depth;
  });
  return new Map(order.map((r, i) => [r.key, (i - (order.length - 1) / 2) * PORT_GAP]));
}

export function layoutProcess(labelOf: (t: Transition) => string, measure: Measure): ProcessLayout {
  const places = placesOf();
  const colX = (col: number) => MARGIN + BOX_W / 2 + col * COL;
  const drafts: Draft[] = TRANSITIONS.map((transition, index) => {
    const { kind, band } = kindOf(transition, places);
    const xs = [...transition.from, transition.to].map((s) => colX((places.get(s) as Place).col));
    const text = labelOf(transition);
    return {
      key: `${transition.name}-${index}`,
      transition,
      kind,
      band,
      text,
      labelWidth: measure(text),
      span: [Math.min(...xs), Math.max(...xs)],
      lane: 0,
    };
  });

  // Labels of the arrows along the main flow sit above them, in the gap between two boxes.
  const gapWidth = COL - BOX_W - 8;
  const straightLines = new Map(
    drafts.filter((d) => d.kind === "straight").map((d) => [d.key, wrap(d.text, gapWidth, measure)]),
  );
  const straightHeight = Math.max(0, ...[...straightLines.values()].map((l) => l.length * LINE_H + 6));

  const bands = new Map<string, Draft[]>();
  for (const draft of drafts) {
    if (draft.kind !== "above" && draft.kind !== "below") continue;
    const id = `${draft.kind}-${draft.band}`;
    bands.set(id, [...(bands.get(id) ?? []), draft]);
  }
  for (const band of bands.values()) assignLanes(band);
  const lanesIn = (id: string) => Math.max(0, ...(bands.get(id) ?? []).map((d) => d.lane + 1));

  // Rows from the top: the lanes above the main flow, then each row and the lanes leading into it.
  const above = lanesIn("above-0");
  const mainTop = Math.max(BOX_H / 2, straightHeight) - BOX_H / 2;
  const rowY = [MARGIN + (above > 0 ? 18 + (above - 1) * LANE_GAP + 18 : 0) + mainTop + BOX_H / 2];
  const aboveLaneY = (lane: number) => (rowY[0] as number) - BOX_H / 2 - mainTop - 18 - lane * LANE_GAP;
  const rows = Math.max(...[...places.values()].map((p) => p.row));
  const belowLaneY = (band: number, lane: number) =>
    (rowY[band - 1] as number) + BOX_H / 2 + 24 + lane * LANE_GAP;
  for (let row = 1; row <= rows; row++) {
    const lanes = lanesIn(`below-${row}`);
    rowY[row] = (rowY[row - 1] as number) + BOX_H + 24 + Math.max(0, lanes - 1) * LANE_GAP + 24;
  }

  const states: StateBox[] = PROJECT_STATUSES.map((status) => {
    const place = places.get(status) as Place;
    return { status, x: colX(place.col), y: rowY[place.row] as number };
  });
  const box = new Map(states.map((s) => [s.status, s]));
  const at = (s: ProjectStatus) => box.get(s) as StateBox;
  const laneY = (d: Draft) => (d.kind === "above" ? aboveLaneY(d.lane) : belowLaneY(d.band, d.lane));

  // Ports: where each arrow leaves or enters the top or bottom of a box.
  const requests = new Map<string, PortRequest[]>();
  const request = (status: ProjectStatus, side: "top" | "bottom", r: PortRequest) => {
    const id = `${status}-${side}`;
    requests.set(id, [...(requests.get(id) ?? []), r]);
  };
  const sign = (n: number) => (Math.abs(n) < 1 ? 0 : Math.sign(n));
  for (const d of drafts) {
    if (d.kind !== "above" && d.kind !== "below") continue;
    const y = laneY(d);
    const target = at(d.transition.to);
    const sourceSide = d.kind === "above" ? "top" : "bottom";
    const sources = d.transition.from.map(at);
    for (const source of sources) {
      const edge = source.y + (d.kind === "above" ? -BOX_H / 2 : BOX_H / 2);
      request(source.status, sourceSide, {
        key: `${d.key}:${source.status}`,
        direction: sign(target.x - source.x),
        depth: Math.abs(edge - y),
      });
    }
    const meanSource = sources.reduce((sum, s) => sum + s.x, 0) / sources.length;
    request(target.status, "top", {
      key: `${d.key}:to`,
      direction: sign(meanSource - target.x),
      depth: Math.abs(target.y - BOX_H / 2 - y),
    });
  }
  const offsets = new Map<string, number>();
  for (const list of requests.values()) for (const [k, v] of portOffsets(list)) offsets.set(k, v);

  const connectors: Connector[] = drafts.map((d) => {
    const target = at(d.transition.to);
    const sources = d.transition.from.map(at);
    const states = [...d.transition.from, d.transition.to];
    if (d.kind === "straight") {
      const source = sources[0] as StateBox;
      const lines = straightLines.get(d.key) ?? [d.text];
      const x1 = source.x + BOX_W / 2;
      const x2 = target.x - BOX_W / 2;
      return {
        key: d.key,
        transition: d.transition,
        d: `M ${x1} ${source.y} H ${x2}`,
        label: { x: (x1 + x2) / 2, y: source.y - 6 - (lines.length - 1) * LINE_H, lines },
        states,
      };
    }
    if (d.kind === "direct") {
      const source = sources[0] as StateBox;
      return {
        key: d.key,
        transition: d.transition,
        d: `M ${source.x} ${source.y + BOX_H / 2} L ${target.x} ${target.y - BOX_H / 2}`,
        label: { x: (source.x + target.x) / 2, y: (source.y + target.y) / 2, lines: [d.text] },
        states,
      };
    }
    const y = laneY(d);
    const dy = d.kind === "above" ? -BOX_H / 2 : BOX_H / 2;
    const sourceXs = sources.map((s) => s.x + (offsets.get(`${d.key}:${s.status}`) ?? 0));
    const targetX = target.x + (offsets.get(`${d.key}:to`) ?? 0);
    const xs = [...sourceXs, targetX];
    const left = Math.min(...xs);
    const right = Math.max(...xs);
    const drops = sources.map((s, i) => `M ${sourceXs[i]} ${s.y + dy} V ${y}`).join(" ");
    const path = `${drops} M ${left} ${y} H ${right} M ${targetX} ${y} V ${target.y - BOX_H / 2}`;
    // The label goes in the widest stretch of the lane between two arrows joining it.
    const stops = [...new Set(xs)].sort((a, b) => a - b);
    let best: [number, number] = [left, left];
    for (let i = 1; i < stops.length; i++) {
      const a = stops[i - 1] as number;
      const b = stops[i] as number;
      if (b - a > best[1] - best[0]) best = [a, b];
    }
    const centre = Math.max(MARGIN + d.labelWidth / 2, (best[0] + best[1]) / 2);
    return {
      key: d.key,
      transition: d.transition,
      d: path,
      label: { x: centre, y: y - LABEL_GAP, lines: [d.text] },
      states,
    };
  });

  const right = Math.max(
    ...states.map((s) => s.x + BOX_W / 2),
    ...connectors.map((c) => c.label.x + Math.max(...c.label.lines.map(measure)) / 2),
  );
  return {
    width: Math.ceil(right + MARGIN),
    height: Math.ceil(Math.max(...states.map((s) => s.y)) + BOX_H / 2 + MARGIN),
    states,
    connectors,
  };
}
